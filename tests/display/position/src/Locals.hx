class Locals {
	static var counter:Int = 0;

	var member:String;

	static function main():Void {
		var total = 0;
		var s:String = "x";
		for (i in 0...3) {
			to{-1-}tal += i{-2-};
		}
		trace(s{-3-});
		f(tot{-4-}al);
		{
			var s = 1;
			trace({-5-}s);
		}
		coun{-6-}ter++;
		var g = function(x:Int) return x{-7-} + total{-8-};
	}

	static function f(arg:Int):Int {
		return ar{-9-}g * 2;
	}

	function m():Void {
		trace(memb{-10-}er);
		m{-11-}();
	}
}
