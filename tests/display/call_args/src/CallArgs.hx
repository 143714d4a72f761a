class Tool {
	public function new(a:Int, ?b:String) {}

	public function scale(x:Float, y:Float = 1.0):Float
		return x * y;

	public static function join(parts:Array<String>, sep:String):String
		return parts.join(sep);
}

class CallArgs {
	static function f(a:Int, b:String, c:Bool):Int
		return 0;

	static function main() {
		f({-1-}1, "x", true);
		f(1,{-2-} "x", true);
		f(1, "x", {-3-}true);
		"a,b".split({-4-}",");
		var t = new Tool({-5-}1);
		t.scale(2,{-6-} 3);
		Tool.join({-7-}["a"], ",");
		Math.max(1, /* c */ {-8-}2);
		f(f({-9-}1, "y", false), "x", true);
		Std.parseInt({-10-}"1");
		var a = [1];
		a.map.bind({-12-}null);
		new CallArgsOv({-13-}1);
	}
}

extern class CallArgsOv {
	@:overload(function(x:String):Void {})
	function new(x:Int);
}

class CallArgsBase {
	public function new(a:Int, b:String) {}
}

class CallArgsSub extends CallArgsBase {
	public function new() {
		super({-11-}1, "s");
	}
}
