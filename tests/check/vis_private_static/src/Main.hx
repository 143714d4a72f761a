class Safe {
	static function hidden() {}
}

class Main {
	static function main() {
		Safe.hidden();
	}
}
