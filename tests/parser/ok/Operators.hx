class Operators {
	static function main() {
		var a = 1, b = 2;
		var c = a + b * 3 - 4 / 2 % 3;
		var d = a << 2 | b >> 1 & 3 ^ a >>> 1;
		var e = a == b || a != b && a < b || a <= b || a > b || a >= b;
		a += 1; a -= 1; a *= 2; a %= 3; a <<= 1; a >>= 1; a >>>= 1; a |= 1; a &= 1; a ^= 1;
		var f = 1.0; f /= 2;
		a++; ++a; a--; --a;
		var g = -a + ~b;
		var t = a > b ? a : b > 0 ? b : 0;
		var x:Dynamic = a;
		var isInt = x is Int;
		trace(c, d, e, f, g, t, isInt);
	}
}
