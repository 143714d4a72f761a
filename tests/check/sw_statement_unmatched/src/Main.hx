enum Color {
	Red;
	Green;
}

class Main {
	static function main() {
		var c = Green;
		switch c {
			case Red:
				trace("red");
		}
	}
}
