using StringTools;

class NotYetInstances {
	static function main():Void {
		var s:String = "x";
		s.{-1-}
		var arr:Array<String> = [];
		for (s in arr) {
			s.{-2-}
		}
	}

	static function g(?y:String, o:{a:Int}, mp:Map<String, Int>):Void {
		y.{-3-}
		o.{-4-}
		mp.{-5-}
	}
}
