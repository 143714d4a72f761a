class Main {
	static function main() {
		continue;
	}
}
