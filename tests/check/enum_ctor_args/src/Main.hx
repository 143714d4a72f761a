enum Shape {
	Circle(r:Float);
	Rect(w:Float, h:Float);
	Empty;
}

class Main {
	static function area(s:Shape):Float {
		return switch s {
			case Circle(r): Math.PI * r * r;
			case Rect(w, h): w * h;
			case Empty: 0;
		}
	}

	static function main() {
		var a:Float = area(Rect(2, 3)) + area(Empty);
	}
}
