class Main {
	static function name():String {
		return 42;
	}

	static function main() {}
}
