class Other {
	public static function o() { var x:Int = "o"; }
	public static function p() { var x:Int = "p"; }
}
