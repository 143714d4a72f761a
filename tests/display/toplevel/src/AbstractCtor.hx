abstract Meters(Float) {
	public function new(f:Float) {
		var g = f * 2;
		{-1-}
		this = g;
		{-2-}
	}

	public static function zero():Meters {
		return new Meters(0);
	}
}

class AbstractCtor {
	static function main() {
		var m = Meters.zero();
	}
}
