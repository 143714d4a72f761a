enum Shape {
	Circle(r:Float);
	Square(side:Int);
}

class Main {
	static function main() {
		var s = "a\\b";
		switch (s.charCodeAt(1)) {
			case "\\".code: trace("backslash");
			case '"'.code: trace("quote");
			case var c if (c > 100): trace(c);
			case var Other: var n:String = Other;
		}
		var shape = Square(3);
		switch (shape) {
			case Circle(var r): var i:Int = r;
			case Square(var side): trace(side + 1);
		}
		switch (shape) {
			case var all: var t:Int = all;
		}
	}
}
