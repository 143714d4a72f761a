import pack.Util;

class Animal<T> {
	/** the legs */
	public var legs:T;

	public function new() {}

	public function speak(loud:Bool):String return "";
}

class Dog extends Animal<Int> {
	public function fetch():Void {}
}

class Fields {
	static function main():Void {
		trace(Util.LIM{-1-}IT);
		var s:String = "x";
		trace(s.len{-2-}gth);
		var a:Array<Int> = [];
		a.pu{-3-}sh(1);
		Util.tw{-4-}ice(1);
		var d:Dog = null;
		trace(d.le{-5-}gs);
		d.spe{-6-}ak(true);
		d.fe{-7-}tch();
		trace(Math.P{-8-}I);
	}
}
