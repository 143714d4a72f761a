class B {
	static function f() { var x:Int = "b"; }
}
class Sub { static function f() { var x:Int = "sub"; } }
