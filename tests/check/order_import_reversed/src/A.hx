class A {
	public static function f() { var a:Int = "a"; }
}
