class Main {
	static function two(a:Int, b:String) {}

	static function main() {
		two(1);
	}
}
