class NotYetBase {
	public function new(a:Int, b:String) {}
}

class NotYet extends NotYetBase {
	function new() {
		super(1, "s");
	}

	static function enumCtor() {
		haxe.ds.Option.Some(1);
	}

	static function afterDroppedStatement() {
		Std.parseInt(1);
		Std.string({-4-}1);
	}

	static function binding() {
		var g = function(x:Int) {};
		g.bind(1);
	}
}
