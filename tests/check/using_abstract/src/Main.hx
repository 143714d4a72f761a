using num.Num;

class Tools {
	static function hidden(s:String):Int return 1;
	public static function shout(s:String):String return s;
	public static function use():Int return "x".hidden();
}

class Main {
	static function main() {
		var n:num.Num = 3;
		var b:String = n.isNeg();
		var s:Int = 4.label();
		n.secret();
		5.inst();
		"a".hidden();
	}
}
