class NotYetBase {
	public function new(a:Int, b:String) {}
}

extern class NotYetOv {
	@:overload(function(x:String):Void {})
	function new(x:Int);
}

class NotYet extends NotYetBase {
	function new() {
		super(1, "s");
	}

	static function enumCtor() {
		haxe.ds.Option.Some(1);
	}

	static function maps() {
		var m = ["a" => 1];
		m[{-2-}"a"];
	}

	static function ctor() {
		new NotYetOv({-3-}1);
	}

	static function afterError() {
		var s:Int = "a";
		Std.string({-4-}1);
	}

	static function binding() {
		var g = function(x:Int) {};
		g.bind(1);
	}
}
