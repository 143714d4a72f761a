import haxe.ds.StringMap;

/** doc */
class Symbols<T> extends Base implements IFace {
	public static inline var LIMIT:Int = 3;
	var prop(get, set):Int;
	final fin = 2;
	@:deprecated var old:Int;

	public function new() {
		super();
		var local = 1, other:String = "x";
		function inner(a:Int, ?b = 2) {
			var deep = a;
		}
		var f = function(anon) return anon;
		var arrow = (p1, p2) -> p1 + p2;
		for (i in 0...3) {}
		for (k => v in new StringMap<Int>()) {}
		try {
			throw "x";
		} catch (e:String) {
			var inCatch = e;
		} catch (any) {}
		switch (local) {
			case 1:
				var inCase = 1;
			case var captured:
		}
	}

	function get_prop() return 1;

	function set_prop(v) return v;

	@:deprecated("gone") function gone() {}

	public function f():Void {}
}

interface IFace {
	function f():Void;
	var p(default, null):Int;
}

class Base {
	public function new() {}
}

enum Color {
	Red;
	@:deprecated Rgb(r:Int, g:Int, b:Int);
}

typedef Point = {
	var x:Int;
	@:optional var y:Int;
	function norm():Float;
}

typedef Short = {a:Int, ?b:String};
typedef Alias = Array<Int>;
typedef Extended = {> Point, z:Int};

abstract MyInt(Int) from Int to Int {
	public inline function new(i) this = i;

	@:op(A + B) function add(b:MyInt):MyInt;

	@:arrayAccess function get(i:Int):Int return i;

	public var q(get, never):Int;

	function get_q() return 1;

	static var s = 1;
}

@:enum abstract OldEnum(Int) {
	var A = 1;
}

enum abstract EA(Int) {
	var X = 1;
	var Y;
	static var notMember = 3;
	inline static var alsoNot = 4;
}

private class Priv {}
extern class Ext {
	static function ff():Void;
}
