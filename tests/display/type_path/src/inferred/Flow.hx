package inferred;

/** Statics whose inferred types do not depend on any field read. */
class Flow {
	public static function text(x:Int) {
		var s = "";
		s = s + x;
		return s;
	}

	public static function list(x:Int) {
		var t:Array<Int> = [];
		t.push(x);
		return t;
	}

	public static function doubled(n:Int) return [for (i in 0...n) i * 2];

	public static var ratio = 4.5;
	public static var pair = [1, 2];

	public static function same(x) return x;
}
