abstract Meters(Float) from Float to Float {
	public inline function new(v:Float) this = v;

	@:op(A + B) static function add(a:Meters, b:Meters):Meters;

	@:to public function toString():String return this + "m";

	@:from static function fromInt(i:Int):Meters return new Meters(i);

	@:arrayAccess function get(i:Int):Float return this * i;
}

enum abstract Color(Int) to Int {
	var Red = 1;
	var Green;
	var Blue = 4;
}

@:forward(length)
abstract Name(String) {
	public function new(s) this = s;
}

class Abstracts {
	static function main() {
		var m:Meters = 3.0;
		var sum = m + new Meters(1);
		var c = Color.Red;
		var n = new Name("x");
		trace(sum, c, n.length, m[2]);
	}
}
