// Enum constructors (no documentation, parameters bound by the arguments so far) and
// bind (the bound function's own signature, `_` included).
import haxe.ds.Option;

enum EB<T> {
	/** The first one. */
	A(x:Int, s:String);
	B;
	/**
		A generic one.
	**/
	C(v:T, ?o:Int);
}

class EnumsAndBind {
	public function new() {}

	function meth(a:Int, b:String):Bool
		return true;

	/** Docs of smeth. */
	static function smeth(a:Int, ?b:String) {}

	static function main() {
		A({-1-}1, {-2-}"a");
		EB.C({-3-}"s", {-4-}2);
		C({-5-}3);
		Option.Some({-6-}1);
		Some({-7-}2);
		haxe.ds.Option.Some({-8-}3);
		var f = Some;
		f({-9-}4);
		var g = function(x:Int, y:Float) {};
		g.bind({-10-}1, {-11-}2.0);
		smeth.bind({-12-}1);
		new EnumsAndBind().meth.bind(2, {-13-}"x");
		g.bind({-14-}_, {-15-}3);
		Std.parseInt.bind({-16-}"3");
	}
}
