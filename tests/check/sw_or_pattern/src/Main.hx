enum Day {
	Mon;
	Tue;
	Sat;
	Sun;
}

class Main {
	static function main() {
		var d = Sat;
		var weekend:Bool = switch d {
			case Sat | Sun: true;
			case Mon | Tue: false;
		}
		var kind = switch 3 {
			case 1 | 2 | 3: "small";
			case _: "big";
		}
	}
}
