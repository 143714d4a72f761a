class Main {
	static function main() {
		var c:Int = null;
		trace(c);
	}
}
