class Main {
	static function main() {
		while ("go")
			break;
	}
}
