class StringTools {
	public static function trim(s:String):String {
		var x:Int = "bad";
		return s;
	}
}
