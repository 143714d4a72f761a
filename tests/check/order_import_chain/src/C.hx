class C {
	public static function h() { var c:Int = "c"; }
}
