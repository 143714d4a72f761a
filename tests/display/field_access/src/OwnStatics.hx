class OwnStatics {
	static var secret:Int = 1;
	public static var open:String;
	static function helper(a:Int):Void {}

	static function main():Void {
		OwnStatics.{-1-}
	}
}

class Other {
	static function f():Void {
		OwnStatics.{-2-}
	}
}
