enum abstract Level(Int) {
	var Low = 1;
	var Mid = 5;
	var High = 10;
}

class Main {
	static function main() {
		var l:Level = Mid;
		var s = switch l {
			case Low: "low";
		}
	}
}
