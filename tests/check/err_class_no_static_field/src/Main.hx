class Main {
	static function main() {
		Math.squareRoot(4);
	}
}
