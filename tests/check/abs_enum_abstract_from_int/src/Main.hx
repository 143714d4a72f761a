enum abstract Level(Int) {
	var Low = 1;
	var High = 10;
}

class Main {
	static function main() {
		var l:Level = 3;
	}
}
