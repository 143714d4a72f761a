class Main {
	static function main() {
		var counter = 1;
		counter = countr + 1;
	}
}
