class Main {
	static function one():Int {
		return;
	}

	static function main() {}
}
