package p;
class B {
	static function f() { var x:Int = "b"; }
}
