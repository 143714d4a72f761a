class Main {
	static function sign(n:Int):Int {
		if (n > 0)
			return 1;
	}

	static function main() {}
}
