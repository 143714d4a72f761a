private typedef __Point = Point_;

private class Point_ {
	public var x:Int;
	public function new(x) this.x = x;
}

class _Hidden {
	public static var count = 1;
}

class Main {
	static function main() {
		var p:Dynamic = new __Point(1);
		trace(Std.isOfType(p, __Point));
		var c:String = _Hidden.count;
		var u = __Missing;
		var v = _lower;
	}
}
