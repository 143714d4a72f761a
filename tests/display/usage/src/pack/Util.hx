package pack;

class Util {
	public static var cou{-1-}nter:Int = 0;
	public var na{-2-}me:String;

	public function n{-3-}ew() {
		name = "x";
	}

	public static function tw{-4-}ice(x{-5-}:Int):Int {
		counter += 1;
		return x * 2;
	}

	public function rename(n:String):Void {
		na{-6-}me = n;
		this.name += "!";
	}
}
