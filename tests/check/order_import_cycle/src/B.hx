import A;
class B {
	static function f() { var x:Int = "b"; }
}
