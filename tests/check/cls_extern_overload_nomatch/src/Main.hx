extern class Native {
	@:overload(function(x:Int):Int {})
	static function convert(x:String):String;
}

class Main {
	static function main() {
		Native.convert(true);
	}
}
