package pack;

enum Color {
	Red;
	Green;
	Blue(level:Float);
}

class Other {
	public static function make():Color return Red;
}
