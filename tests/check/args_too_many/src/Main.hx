class Main {
	static function one(a:Int) {}

	static function main() {
		one(1, 2);
	}
}
