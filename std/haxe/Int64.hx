/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

using haxe.Int64;

/**
	A signed 64-bit integer that behaves the same on every target. It is
	stored as two 32-bit halves, `high` and `low`. Arithmetic, bitwise and
	comparison operators are available; `Int` values convert implicitly.
**/
@:transitive
abstract Int64(__Int64) from __Int64 to __Int64 {
	private inline function new(x:__Int64)
		this = x;

	/** An independent copy of this value. **/
	public inline function copy():Int64
		return make(high, low);

	/** The number whose upper half is `high` and lower half is `low`. **/
	public static inline function make(high:Int32, low:Int32):Int64
		return new Int64(new ___Int64(high, low));

	/** The 64-bit value equal to `x`, sign-extended. **/
	@:from public static inline function ofInt(x:Int):Int64
		return make(x >> 31, x);

	/** The value as an `Int`; throws when it does not fit in 32 bits. **/
	public static inline function toInt(x:Int64):Int {
		if (x.high != (x.low >> 31))
			throw "Overflow";
		return x.low;
	}

	/** Old name of `isInt64`. **/
	@:deprecated('haxe.Int64.is() is deprecated. Use haxe.Int64.isInt64() instead')
	inline public static function is(val:Dynamic):Bool {
		return isInt64(val);
	}

	/** Whether `val` holds an `Int64`. **/
	inline public static function isInt64(val:Dynamic):Bool
		return Std.isOfType(val, ___Int64);

	/** Old accessor for `high`. **/
	@:deprecated("Use high instead")
	public static inline function getHigh(x:Int64):Int32
		return x.high;

	/** Old accessor for `low`. **/
	@:deprecated("Use low instead")
	public static inline function getLow(x:Int64):Int32
		return x.low;

	/** Whether `x` is below zero. **/
	public static inline function isNeg(x:Int64):Bool
		return x.high < 0;

	/** Whether `x` is zero. **/
	public static inline function isZero(x:Int64):Bool
		return x.high == 0 && x.low == 0;

	/** Signed ordering of `a` and `b`: negative, zero or positive. **/
	public static inline function compare(a:Int64, b:Int64):Int {
		var c = (a.high : Int) - (b.high : Int);
		if (a.high != b.high)
			c = (a.high : Int) < (b.high : Int) ? -1 : 1;
		return c != 0 ? c : Int32.ucompare(a.low, b.low);
	}

	/** Unsigned ordering of `a` and `b`: negative, zero or positive. **/
	public static inline function ucompare(a:Int64, b:Int64):Int {
		var c = Int32.ucompare(a.high, b.high);
		return c != 0 ? c : Int32.ucompare(a.low, b.low);
	}

	/** Decimal text of `x`. **/
	public static inline function toStr(x:Int64):String
		return x.toString();

	@:keep function toString():String
		return Int64Helper.format(this);

	/** Reads a decimal integer; throws when the text is not one or overflows. **/
	public static inline function parseString(sParam:String):Int64 {
		return Int64Helper.parseString(sParam);
	}

	/** The integral part of `f`; throws when it is not representable. **/
	public static inline function fromFloat(f:Float):Int64 {
		return Int64Helper.fromFloat(f);
	}

	/**
		Signed division with remainder: the quotient rounds toward zero and the
		modulus takes the sign of the dividend. Throws on division by zero.
	**/
	public static function divMod(dividend:Int64, divisor:Int64):{quotient:Int64, modulus:Int64} {
		if (divisor.isZero())
			throw "divide by zero";
		var negQ = dividend.isNeg() != divisor.isNeg();
		var negR = dividend.isNeg();
		var n = dividend.isNeg() ? -dividend : dividend;
		var d = divisor.isNeg() ? -divisor : divisor;
		var q:Int64 = 0;
		var r:Int64 = 0;
		for (i in 0...64) {
			var bit = 63 - i;
			r = (r << 1) | ((n >>> bit) & 1);
			if (ucompare(r, d) >= 0) {
				r = r - d;
				q = q | ((1 : Int64) << bit);
			}
		}
		return {quotient: negQ ? -q : q, modulus: negR ? -r : r};
	}

	/** The negation of `x`. **/
	@:op(-A) public static inline function neg(x:Int64):Int64 {
		var lo = -(x.low : Int);
		var hi = ~(x.high : Int) + (lo == 0 ? 1 : 0);
		return make(hi, lo);
	}

	@:op(++A) private inline function preIncrement():Int64 {
		this = copy() + 1;
		return this;
	}

	@:op(A++) private inline function postIncrement():Int64 {
		var before = copy();
		this = before + 1;
		return before;
	}

	@:op(--A) private inline function preDecrement():Int64 {
		this = copy() - 1;
		return this;
	}

	@:op(A--) private inline function postDecrement():Int64 {
		var before = copy();
		this = before - 1;
		return before;
	}

	/** The sum of `a` and `b`, wrapping on overflow. **/
	@:op(A + B) public static inline function add(a:Int64, b:Int64):Int64 {
		var lo:Int32 = (a.low : Int) + (b.low : Int);
		var carry = Int32.ucompare(lo, a.low) < 0 ? 1 : 0;
		return make((a.high : Int) + (b.high : Int) + carry, lo);
	}

	@:op(A + B) @:commutative private static inline function addInt(a:Int64, b:Int):Int64
		return add(a, b);

	/** The difference of `a` and `b`, wrapping on overflow. **/
	@:op(A - B) public static inline function sub(a:Int64, b:Int64):Int64 {
		return add(a, neg(b));
	}

	@:op(A - B) private static inline function subInt(a:Int64, b:Int):Int64
		return sub(a, b);

	@:op(A - B) private static inline function intSub(a:Int, b:Int64):Int64
		return sub(a, b);

	/** The product of `a` and `b`, wrapping on overflow. **/
	@:op(A * B)
	public static inline function mul(a:Int64, b:Int64):Int64 {
		var acc:Int64 = 0;
		var m = a;
		var k = b;
		while (!k.isZero()) {
			if ((k.low : Int) & 1 != 0)
				acc = acc + m;
			m = m << 1;
			k = k >>> 1;
		}
		return acc;
	}

	@:op(A * B) @:commutative private static inline function mulInt(a:Int64, b:Int):Int64
		return mul(a, b);

	/** The quotient of `a` by `b`, rounded toward zero. **/
	@:op(A / B) public static inline function div(a:Int64, b:Int64):Int64
		return divMod(a, b).quotient;

	@:op(A / B) private static inline function divInt(a:Int64, b:Int):Int64
		return div(a, b);

	@:op(A / B) private static inline function intDiv(a:Int, b:Int64):Int64
		return div(a, b);

	/** The remainder of `a` divided by `b`, with the sign of `a`. **/
	@:op(A % B) public static inline function mod(a:Int64, b:Int64):Int64
		return divMod(a, b).modulus;

	@:op(A % B) private static inline function modInt(a:Int64, b:Int):Int64
		return mod(a, b);

	@:op(A % B) private static inline function intMod(a:Int, b:Int64):Int64
		return mod(a, b);

	/** Whether `a` and `b` are the same number. **/
	@:op(A == B) public static inline function eq(a:Int64, b:Int64):Bool
		return a.high == b.high && a.low == b.low;

	@:op(A == B) @:commutative private static inline function eqInt(a:Int64, b:Int):Bool
		return eq(a, b);

	/** Whether `a` and `b` differ. **/
	@:op(A != B) public static inline function neq(a:Int64, b:Int64):Bool
		return !eq(a, b);

	@:op(A != B) @:commutative private static inline function neqInt(a:Int64, b:Int):Bool
		return !eq(a, b);

	@:op(A < B) private static inline function lt(a:Int64, b:Int64):Bool
		return compare(a, b) < 0;

	@:op(A < B) private static inline function ltInt(a:Int64, b:Int):Bool
		return lt(a, b);

	@:op(A < B) private static inline function intLt(a:Int, b:Int64):Bool
		return lt(a, b);

	@:op(A <= B) private static inline function lte(a:Int64, b:Int64):Bool
		return compare(a, b) <= 0;

	@:op(A <= B) private static inline function lteInt(a:Int64, b:Int):Bool
		return lte(a, b);

	@:op(A <= B) private static inline function intLte(a:Int, b:Int64):Bool
		return lte(a, b);

	@:op(A > B) private static inline function gt(a:Int64, b:Int64):Bool
		return compare(a, b) > 0;

	@:op(A > B) private static inline function gtInt(a:Int64, b:Int):Bool
		return gt(a, b);

	@:op(A > B) private static inline function intGt(a:Int, b:Int64):Bool
		return gt(a, b);

	@:op(A >= B) private static inline function gte(a:Int64, b:Int64):Bool
		return compare(a, b) >= 0;

	@:op(A >= B) private static inline function gteInt(a:Int64, b:Int):Bool
		return gte(a, b);

	@:op(A >= B) private static inline function intGte(a:Int, b:Int64):Bool
		return gte(a, b);

	@:op(~A) private static inline function complement(a:Int64):Int64
		return make(~(a.high : Int), ~(a.low : Int));

	/** Bitwise and. **/
	@:op(A & B) public static inline function and(a:Int64, b:Int64):Int64
		return make((a.high : Int) & (b.high : Int), (a.low : Int) & (b.low : Int));

	/** Bitwise or. **/
	@:op(A | B) public static inline function or(a:Int64, b:Int64):Int64
		return make((a.high : Int) | (b.high : Int), (a.low : Int) | (b.low : Int));

	/** Bitwise exclusive or. **/
	@:op(A ^ B) public static inline function xor(a:Int64, b:Int64):Int64
		return make((a.high : Int) ^ (b.high : Int), (a.low : Int) ^ (b.low : Int));

	/** `a` shifted left by `b` bits (taken modulo 64). **/
	@:op(A << B) public static inline function shl(a:Int64, b:Int):Int64 {
		var s = b & 63;
		return if (s == 0) a.copy() else if (s < 32) make(((a.high : Int) << s) | ((a.low : Int) >>> (32 - s)),
			(a.low : Int) << s) else make((a.low : Int) << (s - 32), 0);
	}

	/** `a` shifted right by `b` bits, copying the sign bit. **/
	@:op(A >> B) public static inline function shr(a:Int64, b:Int):Int64 {
		var s = b & 63;
		return if (s == 0) a.copy() else if (s < 32) make((a.high : Int) >> s,
			((a.high : Int) << (32 - s)) | ((a.low : Int) >>> s)) else make((a.high : Int) >> 31, (a.high : Int) >> (s - 32));
	}

	/** `a` shifted right by `b` bits, filling with zeros. **/
	@:op(A >>> B) public static inline function ushr(a:Int64, b:Int):Int64 {
		var s = b & 63;
		return if (s == 0) a.copy() else if (s < 32) make((a.high : Int) >>> s,
			((a.high : Int) << (32 - s)) | ((a.low : Int) >>> s)) else make(0, (a.high : Int) >>> (s - 32));
	}

	/** The upper 32 bits. **/
	public var high(get, never):Int32;

	private inline function get_high():Int32
		return this.high;

	private inline function set_high(x:Int32):Int32
		return this.high = x;

	/** The lower 32 bits. **/
	public var low(get, never):Int32;

	private inline function get_low():Int32
		return this.low;

	private inline function set_low(x:Int32):Int32
		return this.low = x;
}

private typedef __Int64 = ___Int64;

private class ___Int64 {
	public var high:Int32;
	public var low:Int32;

	public inline function new(high:Int32, low:Int32) {
		this.high = high;
		this.low = low;
	}

	public function toString():String
		return Int64.toStr(cast this);
}
