/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Conversions between floating point numbers and the integers holding
	their IEEE 754 bit patterns, computed arithmetically so that they work
	on every target.
**/
class FPHelper {
	static inline final TWO_32 = 4294967296.0;

	static function exponentOf(a:Float):Int {
		var e = Math.floor(Math.log(a) / 0.6931471805599453);
		// The logarithm can be off by one near powers of two.
		if (a / Math.pow(2, e) >= 2)
			e++;
		else if (a / Math.pow(2, e) < 1)
			e--;
		return e;
	}

	/** The 32-bit float whose bits are `i`. **/
	public static function i32ToFloat(i:Int):Float {
		var sign = i < 0 ? -1.0 : 1.0;
		var exp = (i >>> 23) & 0xFF;
		var mant = i & 0x7FFFFF;
		if (exp == 0)
			return sign * mant * Math.pow(2, -149);
		if (exp == 0xFF)
			return mant == 0 ? sign * Math.POSITIVE_INFINITY : Math.NaN;
		return sign * (1 + mant / 8388608.0) * Math.pow(2, exp - 127);
	}

	/** The bits of `f` rounded to a 32-bit float. **/
	public static function floatToI32(f:Float):Int {
		if (Math.isNaN(f))
			return 0x7FC00000;
		var sign = (f < 0 || (f == 0 && 1 / f < 0)) ? 0x80000000 : 0;
		var a = Math.abs(f);
		if (a == 0)
			return sign;
		if (!Math.isFinite(a))
			return sign | 0x7F800000;
		var exp = exponentOf(a);
		if (exp < -126) {
			var sub = Math.round(a / Math.pow(2, -149));
			return sign | sub;
		}
		var mant = Math.round((a / Math.pow(2, exp) - 1) * 8388608.0);
		if (mant >= 0x800000) {
			mant = 0;
			exp++;
		}
		if (exp > 127)
			return sign | 0x7F800000;
		return sign | ((exp + 127) << 23) | mant;
	}

	/** The 64-bit float whose upper bits are `high` and lower bits `low`. **/
	public static function i64ToDouble(low:Int, high:Int):Float {
		var sign = high < 0 ? -1.0 : 1.0;
		var exp = (high >>> 20) & 0x7FF;
		var mant = (high & 0xFFFFF) * TWO_32 + (low < 0 ? low + TWO_32 : low);
		if (exp == 0)
			return sign * mant * Math.pow(2, -1074);
		if (exp == 0x7FF)
			return mant == 0 ? sign * Math.POSITIVE_INFINITY : Math.NaN;
		return sign * (1 + mant / 4503599627370496.0) * Math.pow(2, exp - 1023);
	}

	/** The bits of `v` as a 64-bit float. **/
	public static function doubleToI64(v:Float):Int64 {
		if (Math.isNaN(v))
			return Int64.make(0x7FF80000, 0);
		var sign = (v < 0 || (v == 0 && 1 / v < 0)) ? 0x80000000 : 0;
		var a = Math.abs(v);
		if (a == 0)
			return Int64.make(sign, 0);
		if (!Math.isFinite(a))
			return Int64.make(sign | 0x7FF00000, 0);
		var exp = exponentOf(a);
		var mant:Float;
		var biased:Int;
		if (exp < -1022) {
			mant = a / Math.pow(2, -1074);
			biased = 0;
		} else {
			mant = (a / Math.pow(2, exp) - 1) * 4503599627370496.0;
			biased = exp + 1023;
		}
		var hi = Std.int(mant / TWO_32);
		var lo = mant - hi * TWO_32;
		return Int64.make(sign | (biased << 20) | hi, lo >= 2147483648.0 ? Std.int(lo - TWO_32) : Std.int(lo));
	}
}
