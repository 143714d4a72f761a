package inferred;

class Tools {
	public static function evens() return [for (i in 0...10) i];
	public static function words(s:String) return [for (w in s.split(" ")) if (w != "") w];
	public static function first(a:Array<String>) { for (x in a) return x; return null; }
	public static var count = 3;
	public static var names = ["a"];
	public static function id(x:Int) return x;
}
