extern class NotYetCallArgsOv {
	@:overload(function(x:String):Void {})
	function new(x:Int);
}

class NotYetCallArgs {
	static function ctor() {
		new NotYetCallArgsOv({-1-}1);
	}
}
