abstract Meters(Float) {
	public inline function new(v:Float) {
		this = v;
	}

	public function toFloat():Float {
		return this;
	}
}

class Main {
	static function main() {
		var m = new Meters(3.5);
		var f:Float = m.toFloat();
	}
}
