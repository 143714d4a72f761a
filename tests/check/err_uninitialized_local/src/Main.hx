class Main {
	static function main() {
		var x:Int;
		trace(x);
	}
}
