class BadNumber {
	static function main() {
		var a = 1_000;
	}
}
