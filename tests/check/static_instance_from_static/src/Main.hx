class Main {
	var value = 1;

	static function main() {
		trace(value);
	}
}
