package util;

class Ext {
	public static function double(x:Int):Int {
		return x * 2;
	}

	public static function repeat(s:String, n:Int):String {
		var out = "";
		for (i in 0...n)
			out += s;
		return out;
	}
}
