class Main {
	static function main() {
		var x = "a" - 1;
	}
}
