import haxe.ds.Option;

abstract Meters(Float) from Float to Float {
	public inline function new(v:Float) this = v;
	public function toFeet():Float return this * 3.28;
}

class Base {
	public var id(default, null):Int;
	public function new(id:Int) this.id = id;
	public function describe():String return "base " + id;
	public static function make(id:Int):Base return new Base(id);
}

class Child extends Base {
	public function new() super(7);
	override public function describe():String return "child " + super.describe();
}

class Main {
	static function find(a:Array<Int>, x:Int):Option<Int> {
		for (i in 0...a.length) if (a[i] == x) return Some(i);
		return None;
	}
	static function apply<T, R>(x:T, f:T->R):R return f(x);
	static function opt(a:Int, ?b:String, c:Bool = false):String return a + (b == null ? "" : b) + c;
	static function main() {
		var m = new Meters(3);
		var f:Float = m.toFeet() + m;
		var c:Base = new Child();
		var d = c.describe();
		var r = apply(3, x -> x * 2.5);
		var r2:Int = apply("s", s -> s.length);
		var o = opt(1);
		var o2 = opt(1, true);
		var o3 = opt(1, "x", true);
		switch (find([1, 2], 2)) {
			case Some(i) if (i > 0): trace(i);
			case Some(_): trace("zero");
			case None: trace("none");
		}
		var cb:(Int, String) -> Bool = (i, s) -> i > s.length;
		var ok = cb(1, "ab");
		var bad:String = r;
		var x = c.id;
		c.id = 4;
		var q = [1, 2, 3].filter(function(v) return v > 1).length;
		var w:Array<String> = [for (k in ["a", "b"]) k.toUpperCase()];
		var z = Base.make(3).describe().length;
		var e = opt("no");
	}
}
