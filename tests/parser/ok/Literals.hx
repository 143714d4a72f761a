class Literals {
	static function main() {
		var i = 0x1F + 10 + 0;
		var f = 1.5 + .5 + 5. + 1e3 + 2.5E-3 + 1.e2;
		var s = "double \"quoted\" \t\n\\ \x41 \u0042 \u{1F600} \101";
		var q = 'single $i and ${i + 1} and $$ and \'';
		var r = ~/ab\/c[0-9]+/gi;
		var b = true && !false;
		var n:Null<Int> = null;
		var range = [for (k in 0...3) k];
		trace(i, f, s, q, r, b, n, range);
	}
}
