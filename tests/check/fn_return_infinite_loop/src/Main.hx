class Main {
	static function a(c:Int):Dynamic {
		while (true) {
			switch (c) {
				case 3:
					return 1;
				default:
			}
		}
	}
	static function b(c:Int):Dynamic {
		while (true) {
			c++;
			for (i in 0...3) if (i == c) break;
			while (c > 3) break;
		}
	}
	static function d(c:Int):Dynamic {
		while (true) {
			if (c > 1) return 2;
			if (c < 0) break;
		}
	}
	static function e(c:Int):Int {
		do {
			c++;
		} while (true);
	}
	static function f(c:Int):Int {
		while ((true)) {
			c++;
		}
	}
	static function g(c:Int):Int {
		while (true) {
			function h() { while (true) break; }
			if (c > 1) { break; }
		}
		return 1;
	}
	static function main() {
	}
}
