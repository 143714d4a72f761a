class Main {
	static function main() {
		for (x in 5)
			trace(x);
	}
}
