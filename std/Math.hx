/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Floating point mathematics: constants, trigonometry, rounding and random
	numbers.
**/
@:pure
extern class Math {
	/** The ratio of a circle's circumference to its diameter. **/
	static var PI(default, null):Float;

	/** The value below every finite number. **/
	static var NEGATIVE_INFINITY(default, null):Float;

	/** The value above every finite number. **/
	static var POSITIVE_INFINITY(default, null):Float;

	/** "Not a number": the result of undefined operations such as `0/0`. It differs from everything, itself included. **/
	static var NaN(default, null):Float;

	/** Magnitude of `v`, dropping its sign. **/
	static function abs(v:Float):Float;

	/** The smaller of `a` and `b`; NaN if either is NaN. **/
	static function min(a:Float, b:Float):Float;

	/** The larger of `a` and `b`; NaN if either is NaN. **/
	static function max(a:Float, b:Float):Float;

	/** Sine of the angle `v`, given in radians. **/
	static function sin(v:Float):Float;

	/** Cosine of the angle `v`, given in radians. **/
	static function cos(v:Float):Float;

	/** Tangent of the angle `v`, given in radians. **/
	static function tan(v:Float):Float;

	/** The angle, in radians, whose sine is `v`. **/
	static function asin(v:Float):Float;

	/** The angle, in radians, whose cosine is `v`. **/
	static function acos(v:Float):Float;

	/** The angle, in radians, whose tangent is `v`. **/
	static function atan(v:Float):Float;

	/** The angle, in radians, of the point (`x`, `y`) seen from the origin. **/
	static function atan2(y:Float, x:Float):Float;

	/** Euler's number raised to the power `v`. **/
	static function exp(v:Float):Float;

	/** Natural logarithm of `v`; NaN for negative input. **/
	static function log(v:Float):Float;

	/** `v` raised to the power `exp`. **/
	static function pow(v:Float, exp:Float):Float;

	/** Square root of `v`; NaN for negative input. **/
	static function sqrt(v:Float):Float;

	/** Nearest integer to `v`, halves going toward positive infinity. **/
	static function round(v:Float):Int;

	/** Largest integer not above `v`. **/
	static function floor(v:Float):Int;

	/** Smallest integer not below `v`. **/
	static function ceil(v:Float):Int;

	/** A pseudo-random number at least 0 and below 1. **/
	static function random():Float;

	/** Like `floor`, with the result kept as a `Float`. **/
	static function ffloor(v:Float):Float;

	/** Like `ceil`, with the result kept as a `Float`. **/
	static function fceil(v:Float):Float;

	/** Like `round`, with the result kept as a `Float`. **/
	static function fround(v:Float):Float;

	/** Whether `f` is neither infinite nor NaN. **/
	static function isFinite(f:Float):Bool;

	/** Whether `f` is NaN. **/
	static function isNaN(f:Float):Bool;
}
