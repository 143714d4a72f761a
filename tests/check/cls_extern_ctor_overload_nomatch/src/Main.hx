extern class Ov {
	@:overload(function(x:String):Void {})
	function new(x:Int);
}

class Main {
	static function main() {
		new Ov(1.5);
		new Ov();
		var s:String = new Ov("a");
	}
}
