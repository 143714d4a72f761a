abstract Vec(Array<Float>) {
	public inline function new(x:Float, y:Float) this = [x, y];

	@:op(A + B) static function add(a:Vec, b:Vec):Vec return new Vec(a.x + b.x, a.y + b.y);

	@:op(A *= B) function scale(f:Float):Vec {
		this[0] *= f;
		return cast this;
	}

	@:op(A - B) static function sub(a:Vec, b:Float):String return "no";

	public var x(get, never):Float;
	public var y(get, never):Float;

	function get_x() return this[0];

	function get_y() return this[1];
}

abstract Counter(Int) from Int to Int {
	@:op(A + B) static function plus(a:Counter, b:Counter):Counter;
}

class Main {
	static function main() {
		var v = new Vec(1, 2);
		v += new Vec(3, 4);
		v *= 2.0;
		v -= 1.0;
		v += 3;
		var c:Counter = 1;
		c += 2;
		var arr = [new Vec(0, 0)];
		arr[0] += v;
	}
}
