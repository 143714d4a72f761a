class Main {
	static function main() {
		var a:Int = "a";
		B.run();
	}
}
