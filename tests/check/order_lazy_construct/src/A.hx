class A {
	static function f() { var x:Int = "a"; }
}
