import haxe.Rest;

class Main {
	static function sum(rest:Rest<Int>):Int {
		return 0;
	}

	static function main() {
		sum(1, "two", 3);
	}
}
