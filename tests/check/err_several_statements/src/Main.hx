class Main {
	static function main() {
		var a:Int = "one";
		trace(unknownThing);
		var b:String = 2;
	}
}
