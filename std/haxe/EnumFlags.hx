/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	A set of constructors of a flat enum `T`, stored as bits of an `Int`
	(bit `n` for the constructor with index `n`). Works for enums with at
	most 32 constructors.
**/
abstract EnumFlags<T:EnumValue>(Int) {
	/**
		Makes a set from the bit mask `i`; empty by default.
	**/
	public inline function new(i = 0) {
		this = i;
	}

	/**
		Whether `v` is in the set.
	**/
	public inline function has(v:T):Bool {
		return this & (1 << Type.enumIndex(v)) != 0;
	}

	/**
		Adds `v` to the set.
	**/
	public inline function set(v:T):Void {
		this = this | (1 << Type.enumIndex(v));
	}

	/**
		Removes `v` from the set.
	**/
	public inline function unset(v:T):Void {
		this = this & ~(1 << Type.enumIndex(v));
	}

	/**
		The set described by bit mask `i`.
	**/
	public inline static function ofInt<T:EnumValue>(i:Int):EnumFlags<T> {
		return new EnumFlags<T>(i);
	}

	/**
		The bit mask of the set.
	**/
	public inline function toInt():Int {
		return this;
	}
}
