class B {
	public static function g() { var b:Int = "b"; }
}
