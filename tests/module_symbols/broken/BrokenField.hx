class BrokenField {
	var x:Int = ;
	public function new() {}
	@:keep function g( {}
	static var y = 2;
}
class Next {
	var z:Int;
}
