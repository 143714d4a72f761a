import A;
class B {
	public function new() {}
	static function f() { var x:Int = "b"; }
}
