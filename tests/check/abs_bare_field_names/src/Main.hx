abstract Meters(Float) from Float {
	public static inline var ZERO:Float = 0;
	static var count = 0;

	public function new(v:Float) {
		this = v;
		count++;
	}

	public function double():Meters return new Meters(toFloat() * 2);

	public function toFloat():Float return this;

	public function plus(o:Meters):Meters return toFloat() + o.toFloat();

	public var half(get, never):Float;

	function get_half():Float return toFloat() / 2;

	public function describe():String return "m=" + half + " of " + count + " " + ZERO;

	public function wrong():String return toFloat();

	public static function make():Meters {
		return toFloat();
	}
}

enum abstract Color(Int) {
	var Red = 1;
	var Blue = 2;

	public function next():Color return this == 1 ? Blue : Red;

	public function isRed():Bool return cast(this, Color) == Red;
}

class Main {
	static function main() {
		var m = new Meters(3);
		var d:Float = m.double().plus(m).half;
		trace(d);
		trace(Red.next().isRed());
	}
}
