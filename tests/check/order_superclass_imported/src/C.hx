class C {
	function c() { var x:Int = "c"; }
}
