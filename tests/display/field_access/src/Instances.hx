import haxe.ds.StringMap;
import pack.Util;

class Instances {
	var own:Int;

	static function main():Void {
		var s:String = "x";
		s.{-1-}
		var m:StringMap<Int> = null;
		m.{-2-}
		var d:Date = null;
		d.{-3-}
		var e:EReg = null;
		e.{-4-}
		var u:Util = null;
		u.{-5-}
		var a:Array<Array<Int>> = [];
		a.{-6-}
		{
			var s:Array<Bool> = [];
			s.{-7-}
		}
		s.{-8-}
	}

	static function f(x:Array<Float>, i:Instances):Void {
		x.{-9-}
		i.{-10-}
	}
}
