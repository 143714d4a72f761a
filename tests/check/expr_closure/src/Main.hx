class Main {
	static function counter():() -> Int {
		var n = 0;
		return function() {
			n++;
			return n;
		};
	}

	static function main() {
		var next = counter();
		var a:Int = next() + next();
	}
}
