class Consts {
	public static inline var SCALE = 10;

	public static inline function scale(x:Int):Int {
		return x * SCALE;
	}
}

class Main {
	static function main() {
		var n:Int = Consts.scale(4);
	}
}
