class Main {
	static function nothing():Void {
		return 5;
	}

	static function main() {}
}
