class Main {
	static function f() {
		return 1;
	}

	static function main() {
		f() = 2;
	}
}
