enum Color {
	Re{-1-}d;
	Rg{-2-}b(r:Int, g:Int, b:Int);
}

class Base {
	public var plain:Int = 0;

	public function n{-3-}ew(x:Int) {}

	public function gr{-4-}eet():String
		return "b";
}

class Child extends Ba{-5-}se {
	public function new() {
		super(1);
	}

	override public function gre{-6-}et():String
		return "c" + super.gr{-7-}eet();
}

class Shapes {
	static function main() {
		var c = Color.R{-8-}ed;
		var d:Co{-9-}lor = Rgb(1, 2, 3);
		var e = R{-10-}ed;
		var b = new Ba{-11-}se(2);
		b.pla{-12-}in = 3;
		trace(b.plain + b{-13-}.plain);
		var ch:Base = new Child(){-14-};
		trace(ch.gre{-15-}et());
		var k = new Child();
		trace(k.greet{-16-}());
		var m:Map<String, Base> = new Map();
		var n:Null<Base> = null;
		var fn:Ba{-18-}se->Int = function(x:Base) return x.plain;
		var list = [c, d, e];
		trace(Std.isOfType(b, Chi{-19-}ld));
	}
}
