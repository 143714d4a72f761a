class Base {
	public function new() {}
	function b() { var x:Int = "base"; }
}
