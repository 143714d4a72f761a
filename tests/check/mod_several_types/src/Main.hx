import shapes.Shapes;

class Main {
	static function main() {
		var c = new Circle(2.0);
		var s = new Square(3.0);
		var total:Float = c.area() + s.area();
	}
}
