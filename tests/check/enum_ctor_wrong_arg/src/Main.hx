enum Shape {
	Circle(r:Float);
}

class Main {
	static function main() {
		var s = Circle("big");
	}
}
