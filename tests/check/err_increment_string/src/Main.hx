class Main {
	static function main() {
		var s = "a";
		s++;
	}
}
