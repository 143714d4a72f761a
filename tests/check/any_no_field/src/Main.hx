class Main {
	static function main() {
		var a:Any = "text";
		trace(a.length);
	}
}
