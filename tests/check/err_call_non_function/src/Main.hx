class Main {
	static function main() {
		var n = 5;
		n(1);
	}
}
