abstract Celsius(Float) {
	inline function new(v:Float) {
		this = v;
	}

	@:from static function fromInt(i:Int):Celsius {
		return new Celsius(i);
	}

	@:to function toText():String {
		return this + "C";
	}
}

class Main {
	static function main() {
		var c:Celsius = 20;
		var s:String = c;
	}
}
