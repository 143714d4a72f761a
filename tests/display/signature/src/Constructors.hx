// Constructors with @:overload signatures (extern classes), inherited through extern
// and plain classes, and calls after a type error that haxe reports and types past.
extern class CtorOv {
	/** Makes one. */
	@:overload(function(x:String):Void {})
	@:overload(function(x:Bool, y:Int):Void {})
	function new(x:Int);
}

extern class CtorExternSub extends CtorOv {}

class CtorPlainSub extends CtorOv {}

class CtorBase {
	/** The base. */
	public function new(a:Int) {}
}

extern class CtorExternOfPlain extends CtorBase {}

class CtorSuper extends CtorOv {
	function new() {
		super({-1-}2);
	}
}

class Constructors {
	static function overloads() {
		new CtorOv({-2-}1);
		new CtorOv({-3-}"s");
		new CtorOv(true, {-4-}2);
		new CtorExternSub({-5-}"a");
		new CtorExternSub({-6-}1);
		new CtorPlainSub({-7-}1);
		new CtorPlainSub({-8-}"a");
		new CtorExternOfPlain({-9-}1);
	}

	static function noneFits() {
		new CtorOv({-10-}1.5);
	}

	static function empty() {
		new CtorOv({-11-});
	}

	static function afterReportedError() {
		var s:Int = "a";
		Std.string({-12-}s);
		new CtorOv({-13-}s);
	}
}
