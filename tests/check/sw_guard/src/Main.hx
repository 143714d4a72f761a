class Main {
	static function main() {
		var n = 7;
		var s:String = switch n {
			case v if (v < 0): "negative";
			case 0: "zero";
			case v if (v % 2 == 0): "even";
			case _: "odd";
		}
	}
}
