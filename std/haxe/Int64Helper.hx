/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

using haxe.Int64;

/**
	Text and floating point conversions for `Int64`.
**/
class Int64Helper {
	/**
		Reads an optionally signed decimal integer; throws on anything else or
		on overflow.
	**/
	public static function parseString(sParam:String):Int64 {
		var s = StringTools.trim(sParam);
		var negative = StringTools.startsWith(s, "-");
		if (negative || StringTools.startsWith(s, "+"))
			s = s.substr(1);
		if (s.length == 0)
			throw "NumberFormatError";
		var acc:Int64 = 0;
		for (i in 0...s.length) {
			var d = s.charCodeAt(i) - "0".code;
			if (d < 0 || d > 9)
				throw "NumberFormatError";
			var next = acc * 10 + d;
			if (Int64.ucompare(next, acc) < 0 && !(negative && next == Int64.make(0x80000000, 0)))
				throw "NumberFormatError: Overflow";
			acc = next;
		}
		return negative ? -acc : acc;
	}

	/**
		The integral part of `f`; throws when `f` is NaN, infinite or beyond
		the exactly representable range (2^53).
	**/
	public static function fromFloat(f:Float):Int64 {
		if (Math.isNaN(f) || !Math.isFinite(f) || Math.abs(f) > 9007199254740991.0)
			throw "Conversion overflow";
		var negative = f < 0;
		var rest = Math.abs(f) - (Math.abs(f) % 1);
		var hi = Std.int(rest / 4294967296.0);
		var lo = rest - hi * 4294967296.0;
		var loInt = lo >= 2147483648.0 ? Std.int(lo - 4294967296.0) : Std.int(lo);
		var v = Int64.make(hi, loInt);
		return negative ? -v : v;
	}

	@:allow(haxe.Int64)
	static function format(x:Int64):String {
		if (x.isZero())
			return "0";
		var negative = x.isNeg();
		var digits = "";
		var ten:Int64 = 10;
		var rest = x;
		while (!rest.isZero()) {
			var qr = Int64.divMod(rest, ten);
			var d = qr.modulus.low;
			digits = Std.string(d < 0 ? -d : d) + digits;
			rest = qr.quotient;
		}
		return negative ? "-" + digits : digits;
	}
}
