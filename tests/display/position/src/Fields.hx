import pack.Util;

enum Shade {
	Light;
	Dark(level:Int);
}

class Animal {
	public var legs:Int;

	public function new() {}

	public function speak():String return "";
}

class Dog extends Animal {
	public function fetch():Void {}
}

class Fields {
	static function main():Void {
		Util.tw{-1-}ice(1);
		trace(Util.LIM{-2-}IT);
		trace(Math.P{-3-}I);
		var c = Shade.Da{-4-}rk(1);
		var s:String = "x";
		trace(s.len{-5-}gth);
		s.charA{-6-}t(0);
		var a:Array<Int> = [];
		a.pu{-7-}sh(1);
		var d:Dog = null;
		d.fe{-8-}tch();
		d.spe{-9-}ak();
		trace(d.le{-10-}gs);
	}
}
