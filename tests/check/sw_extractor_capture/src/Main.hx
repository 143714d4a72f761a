enum Shape {
	Circle(r:Int);
	Square(side:Int);
}

class Main {
	static function area(s:Shape):Int {
		return switch s {
			case Circle(r): r * r * 3;
			case Square(side): side * side;
		}
	}

	static function main() {
		var words = ["a", "bb", "ccc"];
		for (w in words) {
			var kind = switch w {
				case _.length => 1: "one";
				case _.length => n if (n > 2): "long " + n;
				case x = _.toUpperCase() => "BB": x;
				case _.length => n: "other " + n;
			}
			trace(kind);
		}
		var total = switch Circle(2) {
			case area(_) => 12: true;
			case area(_) => a: a > 10;
		}
		trace(total);
		switch "s" {
			case _:
			case _.length => 1:
		}
	}
}
