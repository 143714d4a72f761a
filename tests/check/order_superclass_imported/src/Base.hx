import C;
class Base {
	public function new() {}
	function b() { var x:Int = "base"; }
}
class Other {
	function o() { var x:Int = "other"; }
}
