import pack.Util;

class Hints extends Ba{-1-}se implements IFa{-2-}ce {
	static var u:Ut{-3-}il;
	static var arr:Array<{-4-}Util>;
	static var fn:Util->Vo{-5-}id;

	static function main():Vo{-6-}id {
		var x:Array<Ut{-7-}il> = [];
		var m:Ma{-8-}th;
		var n = new Ba{-9-}se();
		var s:{a:Str{-10-}ing};
	}

	static function f(a:Ba{-11-}se, ?b:Fl{-12-}oat):St{-13-}ring return "";

	public function g():Void {}
}

class Base {
	public function new() {}
}

interface IFace {
	function g():Void;
}

typedef Alias = Array<Ba{-14-}se>;
