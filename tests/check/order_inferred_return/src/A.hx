class A {
	static function e() { var x:Int = "e"; }
	public static function f() { var x:Int = "f"; return 1; }
}
