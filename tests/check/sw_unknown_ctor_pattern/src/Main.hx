enum Color {
	Red;
	Green;
}

class Main {
	static function main() {
		var c = Red;
		switch c {
			case Red:
			case Purple(x):
			case _:
		}
	}
}
