using StringTools;
class Main {
	static function main() {
		var s = "hello";
		var t = s.trim();
		var n:Int = s.startsWith("h");
		var name = "x";
		var msg = 'hi $name and ${1 + 2}';
		var q:Int = msg;
		var m = new Map<String, Int>();
		m.set("a", 1);
		var v:String = m.get("a");
		for (k in m.keys()) trace(k);
		var i = Std.parseInt("3");
		var f:String = Math.floor(2.5);
		var d:Dynamic = 3;
		var e:Int = d.foo;
		try { throw "x"; } catch (e:String) { trace(e); }
		var c:Float = cast d;
		var u = cast(d, String);
	}
}
