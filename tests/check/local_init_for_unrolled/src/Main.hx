class Main {
	static inline var COUNT = 2;

	static function main() {
		// haxe unrolls loops over constant ranges and array literals when the body is
		// small, so what the body assigns stays assigned after the loop.
		var a:Int;
		for (i in 0...3)
			a = i;
		var b:String;
		for (s in ["x", "y"]) {
			b = s;
		}
		var c:Int;
		for (i in -1...1)
			c = i;
		var d:Int;
		for (i in 0x0...0x2)
			d = i;
		var e:Int;
		for (i in 0...62)
			e = i;
		trace(a + c + d + e + b);
		// Each copy of an unrolled body warns again.
		var late:Int;
		for (i in 0...2) {
			var f = function() {
				trace(late);
			};
		}
		late = 1;
	}
}
