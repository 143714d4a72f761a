class Main {
	static function f(x:Int = "zero") {}

	static function main() {
		f();
	}
}
