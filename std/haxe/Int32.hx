/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	A signed integer guaranteed to wrap around at 32 bits on every target,
	including those whose native `Int` is wider. The operators map to the
	underlying `Int` operations, clamped where the target needs it.
**/
@:transitive
abstract Int32(Int) from Int to Int {
	@:op(-A) private inline function negate():Int32
		return -this;

	@:op(++A) private inline function preIncrement():Int32
		return this = this + 1;

	@:op(A++) private inline function postIncrement():Int32 {
		var before = this;
		this = this + 1;
		return before;
	}

	@:op(--A) private inline function preDecrement():Int32
		return this = this - 1;

	@:op(A--) private inline function postDecrement():Int32 {
		var before = this;
		this = this - 1;
		return before;
	}

	@:op(A + B) private static inline function add(a:Int32, b:Int32):Int32
		return (a : Int) + (b : Int);

	@:op(A + B) @:commutative private static inline function addInt(a:Int32, b:Int):Int32
		return (a : Int) + b;

	@:op(A + B) @:commutative private static function addFloat(a:Int32, b:Float):Float;

	@:op(A - B) private static inline function sub(a:Int32, b:Int32):Int32
		return (a : Int) - (b : Int);

	@:op(A - B) private static inline function subInt(a:Int32, b:Int):Int32
		return (a : Int) - b;

	@:op(A - B) private static inline function intSub(a:Int, b:Int32):Int32
		return a - (b : Int);

	@:op(A - B) private static function subFloat(a:Int32, b:Float):Float;

	@:op(A - B) private static function floatSub(a:Float, b:Int32):Float;

	@:op(A * B) private static function mul(a:Int32, b:Int32):Int32;

	@:op(A * B) @:commutative private static function mulInt(a:Int32, b:Int):Int32;

	@:op(A * B) @:commutative private static function mulFloat(a:Int32, b:Float):Float;

	@:op(A / B) private static function div(a:Int32, b:Int32):Float;

	@:op(A / B) private static function divInt(a:Int32, b:Int):Float;

	@:op(A / B) private static function intDiv(a:Int, b:Int32):Float;

	@:op(A / B) private static function divFloat(a:Int32, b:Float):Float;

	@:op(A / B) private static function floatDiv(a:Float, b:Int32):Float;

	@:op(A % B) private static function mod(a:Int32, b:Int32):Int32;

	@:op(A % B) private static function modInt(a:Int32, b:Int):Int;

	@:op(A % B) private static function intMod(a:Int, b:Int32):Int;

	@:op(A % B) private static function modFloat(a:Int32, b:Float):Float;

	@:op(A % B) private static function floatMod(a:Float, b:Int32):Float;

	@:op(A == B) private static function eq(a:Int32, b:Int32):Bool;

	@:op(A == B) @:commutative private static function eqInt(a:Int32, b:Int):Bool;

	@:op(A == B) @:commutative private static function eqFloat(a:Int32, b:Float):Bool;

	@:op(A != B) private static function neq(a:Int32, b:Int32):Bool;

	@:op(A != B) @:commutative private static function neqInt(a:Int32, b:Int):Bool;

	@:op(A != B) @:commutative private static function neqFloat(a:Int32, b:Float):Bool;

	@:op(A < B) private static function lt(a:Int32, b:Int32):Bool;

	@:op(A < B) private static function ltInt(a:Int32, b:Int):Bool;

	@:op(A < B) private static function intLt(a:Int, b:Int32):Bool;

	@:op(A < B) private static function ltFloat(a:Int32, b:Float):Bool;

	@:op(A < B) private static function floatLt(a:Float, b:Int32):Bool;

	@:op(A <= B) private static function lte(a:Int32, b:Int32):Bool;

	@:op(A <= B) private static function lteInt(a:Int32, b:Int):Bool;

	@:op(A <= B) private static function intLte(a:Int, b:Int32):Bool;

	@:op(A <= B) private static function lteFloat(a:Int32, b:Float):Bool;

	@:op(A <= B) private static function floatLte(a:Float, b:Int32):Bool;

	@:op(A > B) private static function gt(a:Int32, b:Int32):Bool;

	@:op(A > B) private static function gtInt(a:Int32, b:Int):Bool;

	@:op(A > B) private static function intGt(a:Int, b:Int32):Bool;

	@:op(A > B) private static function gtFloat(a:Int32, b:Float):Bool;

	@:op(A > B) private static function floatGt(a:Float, b:Int32):Bool;

	@:op(A >= B) private static function gte(a:Int32, b:Int32):Bool;

	@:op(A >= B) private static function gteInt(a:Int32, b:Int):Bool;

	@:op(A >= B) private static function intGte(a:Int, b:Int32):Bool;

	@:op(A >= B) private static function gteFloat(a:Int32, b:Float):Bool;

	@:op(A >= B) private static function floatGte(a:Float, b:Int32):Bool;

	@:op(~A) private function complement():Int32;

	@:op(A & B) private static function and(a:Int32, b:Int32):Int32;

	@:op(A & B) @:commutative private static function andInt(a:Int32, b:Int):Int32;

	@:op(A | B) private static function or(a:Int32, b:Int32):Int32;

	@:op(A | B) @:commutative private static function orInt(a:Int32, b:Int):Int32;

	@:op(A ^ B) private static function xor(a:Int32, b:Int32):Int32;

	@:op(A ^ B) @:commutative private static function xorInt(a:Int32, b:Int):Int32;

	@:op(A >> B) private static function shr(a:Int32, b:Int32):Int32;

	@:op(A >> B) private static function shrInt(a:Int32, b:Int):Int32;

	@:op(A >> B) private static function intShr(a:Int, b:Int32):Int32;

	@:op(A >>> B) private static function ushr(a:Int32, b:Int32):Int32;

	@:op(A >>> B) private static function ushrInt(a:Int32, b:Int):Int32;

	@:op(A >>> B) private static function intUshr(a:Int, b:Int32):Int32;

	@:op(A << B) private static function shl(a:Int32, b:Int32):Int32;

	@:op(A << B) private static function shlInt(a:Int32, b:Int):Int32;

	@:op(A << B) private static function intShl(a:Int, b:Int32):Int32;

	@:to private inline function toFloat():Float
		return this;

	/**
		Compares `a` and `b` as unsigned 32-bit numbers: negative, zero or
		positive.
	**/
	public static function ucompare(a:Int32, b:Int32):Int {
		var x:Int = (a : Int) ^ 0x80000000;
		var y:Int = (b : Int) ^ 0x80000000;
		return x < y ? -1 : (x > y ? 1 : 0);
	}
}
