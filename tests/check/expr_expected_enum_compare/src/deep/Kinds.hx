package deep;

enum Encoding {
	UTF8;
	RawNative;
}

enum abstract Level(Int) {
	var Low = 1;
	var High = 2;
}

enum Shape {
	Circle(r:Float);
	Rect(w:Float, h:Float);
}
