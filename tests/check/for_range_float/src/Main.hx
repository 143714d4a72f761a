class Main {
	static function main() {
		for (i in 0...2.5)
			trace(i);
	}
}
