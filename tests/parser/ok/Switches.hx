enum Shape {
	Circle(r:Float);
	Rect(w:Float, h:Float);
	Empty;
}

class Switches {
	static function area(s:Shape):Float {
		return switch (s) {
			case Circle(r) if (r > 0): Math.PI * r * r;
			case Circle(_): 0;
			case Rect(w, h): w * h;
			case Empty: 0;
		}
	}
	static function main() {
		var v = 3;
		switch v {
			case 1 | 2:
				trace("small");
			case n if (n > 10):
				trace("big");
			case var other:
				trace(other);
		}
		var arr = [1, 2];
		switch (arr) {
			case [a, b]: trace(a + b);
			case []: trace("none");
			case _: trace("many");
		}
		var o = {x: 1, y: 2};
		switch (o) {
			case {x: 1, y: yy}: trace(yy);
			default:
		}
		trace(area(Circle(1)), area(Rect(2, 3)), area(Empty));
	}
}
