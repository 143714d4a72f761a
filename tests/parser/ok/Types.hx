typedef Point = {
	var x:Int;
	var y:Int;
	@:optional var z:Int;
}

typedef Point3 = {> Point, w:Int}
typedef Short = {a:Int, ?b:String}
typedef Fn = Int->String->Void;
typedef Fn2 = (a:Int, ?b:String) -> Void;
typedef Inter = Short & {c:Bool};

interface Named {
	var name(get, never):String;
	function greet():String;
}

private class Base {
	public var id:Int = 0;
	public function new() {}
}

@:keep
class Types extends Base implements Named {
	public var name(get, never):String;
	static final LIMIT = 3;
	var prop(default, null):Int = 1;
	var dyn(get, set):Int;

	function get_name() return "t";
	function get_dyn() return prop;
	function set_dyn(v:Int) return prop = v;

	public function greet():String return "hi " + name;

	override public function new() {
		super();
	}

	static function main() {
		var p:Point = {x: 1, y: 2};
		var s:Short = {a: 1};
		var f:Fn = (i, s) -> {};
		var g:Fn2 = (a, ?b) -> {};
		var t = new Types();
		var m:Map<String, Array<Map<Int, String>>> = new Map();
		trace(p, s, f, g, t.greet(), m, LIMIT, (t : Named).name);
	}
}
