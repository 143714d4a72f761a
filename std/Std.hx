/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	General helpers for conversions and run-time type tests.
**/
extern class Std {
	/**
		Old name of `isOfType`.
	**/
	@:deprecated('Std.is is deprecated. Use Std.isOfType instead.')
	static function is(v:Dynamic, t:Dynamic):Bool;

	/**
		Tells whether the value `v` belongs to the type `t` (a class, enum,
		interface or basic type) at run time. `null` never matches.
	**/
	static function isOfType(v:Dynamic, t:Dynamic):Bool;

	/**
		Gives `value` typed as `S` when it really is an instance of class `c`,
		and `null` otherwise.
	**/
	static function downcast<T:{}, S:T>(value:T, c:Class<S>):S;

	/**
		Old name of `downcast`.
	**/
	@:deprecated('Std.instance() is deprecated. Use Std.downcast() instead.')
	static function instance<T:{}, S:T>(value:T, c:Class<S>):S;

	/**
		Renders any value as text; objects with a `toString` method use it.
	**/
	static function string(s:Dynamic):String;

	/**
		Drops the fractional part of `x`, rounding toward zero.
	**/
	static function int(x:Float):Int;

	/**
		Reads a decimal or `0x`-prefixed hexadecimal integer at the start of
		`x`, after optional whitespace and sign. Gives `null` when no digits
		are found.
	**/
	static function parseInt(x:String):Null<Int>;

	/**
		Reads a floating point number at the start of `x`; gives `NaN` when
		nothing numeric is found.
	**/
	static function parseFloat(x:String):Float;

	/**
		A random integer in the range from 0 up to, not including, `x`. Gives 0
		when `x` is not positive.
	**/
	static function random(x:Int):Int;
}
