extern class Native {
	@:overload(function(x:Int, y:Int):Int {})
	static function add(x:String):String;

	@:overload(function(x:Int):Int {})
	static function same(x:Int):String;
}

class Main {
	static function main() {
		Native.add();
		Native.add(1, 2, 3);
		Native.add("a", "b");
		var s:String = Native.same(1);
		Native.same("x");
		trace("after");
	}
}
