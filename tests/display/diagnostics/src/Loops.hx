{-1-}class Loops {
	// Loops: their variables (unused ones over intervals and array literals), bodies and
	// iterated values.
	static function main() {
		var n = 3;
		for (i in 0...n) {}
		for (j in 1...n + 1) {
			j;
			n;
		}
		var m = new Map<String, Int>();
		for (k in m.keys()) trace(k);
		for (v in m) trace(v);
		for (x in [1, 2]) x;
		for (w in [for (q in [1]) q]) {}
		var s = "abc";
		for (c in 0...s.length) {
			trace(c);
		}
	}
}
