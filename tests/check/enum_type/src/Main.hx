enum Color {
	Red;
	Green;
}

class Main {
	static function main() {
		var e:Enum<Color> = Color;
		var all:Array<Color> = Type.allEnums(e);
		var name:String = Type.getEnumName(e);
	}
}
