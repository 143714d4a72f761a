class Mid extends Base {
	function m() { var x:Int = "mid"; }
}
