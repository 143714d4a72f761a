import haxe.ds.StringMap;

class Locals {
	static function main():Void {
		var {-1-}s:String = "x";
		var a:Array<Int> = [];
		var m:StringMap<{x:Int, y:String}> = null;
		trace({-2-}s);
		trace({-3-}a);
		trace({-4-}m);
		f(1);
		for (i in 0...3) {
			var inner:Float = i;
			trace(inn{-5-}er);
		}
	}

	static function f(arg:Int, g:Int->String):Int {
		trace(a{-6-}rg);
		trace({-7-}g);
		return ar{-8-}g;
	}
}
