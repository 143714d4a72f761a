enum abstract Level(Int) to Int {
	var Low = 1;
	var Mid = 5;
	var High = 10;
}

class Main {
	static function name(l:Level):String {
		return switch l {
			case Low: "low";
			case Mid: "mid";
			case High: "high";
		}
	}

	static function main() {
		var s:String = name(High);
		var n:Int = Low;
	}
}
