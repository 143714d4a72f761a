enum abstract Kind(Int) {
	var A = 1;
	var B = 2;
}
class Main {
	static function code(c:Int) {
		switch (c) {
			case 1: return "one";
			case "two": return "two";
			case _: return "?";
		}
	}
	static function flag(b:Bool) {
		return switch (b) {
			case true: 1;
			case "x": 2;
			case false: 0;
		}
	}
	static function kind(k:Kind) {
		return switch (k) {
			case A: 1;
			case 3: 2;
			case "s": 4;
			case B: 0;
		}
	}
	static function str(s:String) {
		return switch (s) {
			case 1.5: 1;
			case "a": 2;
		}
	}
	static function main() {
		code(3);
		flag(true);
		kind(A);
	}
}
