abstract Name(String) from String {}

class Main {
	static function greet(n:Name) {}

	static function main() {
		greet(5);
	}
}
