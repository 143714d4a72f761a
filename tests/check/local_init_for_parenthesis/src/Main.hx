class Main {
	static function main() {
		var x:Int;
		// A parenthesized bound is not a constant to haxe: no unrolling.
		for (i in (0)...3)
			x = i;
		var y:Int;
		for (i in [for (j in 0...2) j])
			y = i;
		trace(x + y);
	}
}
