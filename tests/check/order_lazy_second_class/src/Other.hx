class Other {
	public static function o() { var x:Int = "o"; }
}
