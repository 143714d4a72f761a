class Main {
	@:overload(function(x:Int):Int {})
	static function conv(x:String):String {
		return x;
	}

	static function main() {
		var a:String = Main.conv("a");
		var b:Int = Main.conv(2);
		var c = conv("x");
		var o = new Other();
		var d:Float = o.m(1.5);
		var e:Bool = o.m(true);
		var f:String = o.m(true);
		var g:Int = conv(3);
	}
}

class Other {
	public function new() {}

	@:overload(function(x:Float):Float {})
	@:overload(function(x:Bool):Bool {})
	public function m(x:Int):Int {
		return x;
	}
}
