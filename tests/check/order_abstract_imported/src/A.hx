abstract A(Int) {
	public function new(i) { this = i; }
	public function f() { var x:Int = "a"; }
	public static function g() { var x:Int = "g"; }
}
