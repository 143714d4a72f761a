enum Color {
	Red;
	Green;
	Blue;
}

class Main {
	static function main() {
		var c = Red;
		var n = switch c {
			case Red: 1;
		}
	}
}
