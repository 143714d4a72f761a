abstract Meters(Float) {
	public inline function new(v:Float) {
		this = v;
	}
}

class Main {
	var ratio:Float = null;

	static var flag:Bool = null;

	function new() {
		var m:Meters = null;
	}

	static function pick(b:Bool):Int {
		if (b)
			return null;
		return 1;
	}

	static function main() {
		var f:Float = null;
		var x = null;
		x = true;
		var a:Array<Int> = [1, null];
		new Main();
	}
}
