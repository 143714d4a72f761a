enum Color {
	Red;
	Green;
}

class Main {
	static function main() {
		var c = Red;
		var same:Bool = c == Green;
		var i:Int = Type.enumIndex(c);
	}
}
