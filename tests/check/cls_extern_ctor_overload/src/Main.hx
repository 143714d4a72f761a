extern class Ov {
	@:overload(function(x:String):Void {})
	@:overload(function(x:Bool, y:Int):Void {})
	function new(x:Int);
}

extern class ExternSub extends Ov {}

class PlainSub extends Ov {}

class SuperCall extends Ov {
	public function new() {
		super("s");
	}
}

class Main {
	static function main() {
		var a = new Ov(1);
		var b = new Ov("s");
		var c = new Ov(true, 2);
		var d = new ExternSub("a");
		var e = new PlainSub(false, 1);
		var f = new SuperCall();
	}
}
