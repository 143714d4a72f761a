extern class Native {
	function new();

	@:overload(function(x:Int, y:Int):Float {})
	@:overload(function(x:Array<String>):Bool {})
	@:overload(function(x:Float, ?label:String):Array<Int> {})
	function measure(x:String):Int;

	@:overload(function(f:Int->Void):Void {})
	static function listen(f:String->Void):Void;
}

class Main {
	static function main() {
		var n = new Native();
		var a:Int = n.measure("s");
		var b:Float = n.measure(1, 2);
		var c:Bool = n.measure(["a"]);
		var d:Array<Int> = n.measure(1.5);
		var e:Array<Int> = n.measure(2, "two");
		var f = n.measure(3);
		$type(f);
		Native.listen(function(i:Int) {});
		Native.listen(function(s:String) {});
		var g:String = n.measure(["b"]);
	}
}
