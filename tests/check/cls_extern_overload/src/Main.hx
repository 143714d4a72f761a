extern class Native {
	@:overload(function(x:Int):Int {})
	static function convert(x:String):String;
}

class Main {
	static function main() {
		var a:Int = Native.convert(1);
		var b:String = Native.convert("s");
	}
}
