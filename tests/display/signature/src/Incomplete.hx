class Incomplete {
	static function f(a:Int, b:String, c:Bool):Int
		return 0;

	static function first() {
		f({-1-}
	}

	static function second() {
		f(1, {-2-}
	}

	static function third() {
		f(1, "s",{-3-}   );
	}

	static function beyond() {
		f(1, "s", true, {-4-});
	}

	static function nested() {
		f(f({-5-}
	}

	static function generic() {
		Incomplete.pick(1, {-6-});
	}

	static function mismatch() {
		Incomplete.pick(1, "x"{-7-});
	}

	static function tooMany() {
		Incomplete.pick("s", 1, {-8-}2);
	}

	static function emptyArr() {
		var arr = [];
		arr.push({-9-});
	}

	static function typed() {
		"s".split({-10-}
	}

	static function pick<T>(v:T, n:Int):Array<T>
		return [v];
}
