class B {
	public static function f() { var x:Int = "b"; return 1; }
	static function g() { var x:Int = "g"; }
}
