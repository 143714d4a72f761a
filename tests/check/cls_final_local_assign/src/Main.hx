class Main {
	static function main() {
		final limit = 10;
		limit = 20;
	}
}
