import shapes.Shape;
import shapes.Circle;

/**
	A small program for trying hxs: `hxs --cwd example -cp src --display src/Main.hx@0@module-symbols`.
**/
class Main {
	static var shapes:Array<Shape> = [];

	static function main() {
		shapes.push(Custom(new Circle(1.5)));
		shapes.push(Rect(2, 3));
		var total = 0.0;
		for (s in shapes) {
			total += area(s);
		}
		trace('total area: $total');
	}

	static function area(s:Shape):Float {
		return switch (s) {
			case Rect(w, h): w * h;
			case Custom(c): c.area();
		}
	}
}
