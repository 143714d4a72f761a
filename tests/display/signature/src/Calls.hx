/** A helper with documented members. */
class Helper {
	/** Makes a helper. */
	public function new(a:Int, ?b:String) {}

	/** Adds things. */
	public function add(x:Int, y:Float = 2.5):Float
		return x + y;

	public static function make<T>(v:T, n:Int):Array<T>
		return [v];

	public function rest(a:Int, ...r:String):Void {}

	public static function twice(s:String):String
		return s + s;
}

class Box<T> {
	public function new(v:T) {}

	public function get(i:Int):T
		return null;
}

class Calls {
	static var initial = Std.parseInt({-1-}"12");

	/** Free function doc. */
	static function f(a:Int, b:String, c:Bool):Int
		return 0;

	static function g(?x:Int):Int
		return 0;

	static function none():Void {}

	function inst(q:Int):Void {}

	static function main() {
		f({-2-}1, {-3-}"x"{-4-},{-5-} true{-6-}){-7-};
		f{-8-}(1, "x", true);
		f(g({-9-}){-10-}, "a", true);
		f(g(1), Helper.twice({-11-}"a"), {-12-}true);
		f(1,
			"multi{-13-}",
			{-14-}true);
		var u = "ü😀"; f(1, u + "é"{-15-}, true);
		none({-16-});
		var h = new Helper({-17-}1, {-18-}"s");
		h.add({-19-}1, {-20-}2);
		h.rest(1, "a", "b", {-21-}"c");
		h.rest({-22-}1);
		Helper.make({-23-}"s", 3);
		Helper.make("s", {-24-}3);
		var b = new Box({-25-}1);
		b.get({-26-}0);
		var m = new Calls();
		m.inst({-27-}1);
		"a,b".split({-28-}",");
		Math.max(1, {-29-}2);
		trace({-30-}1);
		Std.string({-31-}1);
		[1, 2].map(function(x) return f({-32-}x, "s", true));
		var arr = [1];
		arr.push({-33-}2);
		var lf = function(x:Int, y:String) {};
		lf({-34-}1, "s");
		var k = function(a, b) return b;
		k({-35-}1, 2);
		var sm = new haxe.ds.StringMap{-36-}<Int>();
	}

	function new() {
		inst({-37-}1);
		this.inst({-38-}2);
	}
}
