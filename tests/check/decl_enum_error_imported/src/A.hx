class A {
	static function f() { var x:Int = "a"; }
}
enum AE { Y(a:Unknown3); }
