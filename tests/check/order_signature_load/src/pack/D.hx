package pack;
class D {
	function b() { var x:Int = "d"; }
}
