final LIMIT = 3;

class Main {
	static function main() {
		LIMIT = 4;
	}
}
