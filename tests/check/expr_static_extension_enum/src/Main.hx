using haxe.EnumTools;

enum Color {
	Red;
	Green;
}

class Main {
	static function main() {
		var c = Color.createByName("Red");
		var i:Int = Red.getIndex();
		var names:Array<String> = Color.getConstructors();
	}
}
