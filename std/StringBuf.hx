/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Accumulates text piece by piece; cheaper than repeated string
	concatenation on some targets.
**/
class StringBuf {
	var b:String;

	/**
		How many characters have been collected so far.
	**/
	public var length(get, never):Int;

	/**
		Starts with no text.
	**/
	public inline function new() {
		b = "";
	}

	inline function get_length():Int {
		return b.length;
	}

	/**
		Appends the text form of `x`, as `Std.string` would produce it.
	**/
	public inline function add<T>(x:T):Void {
		b += Std.string(x);
	}

	/**
		Appends the single character whose code is `c`.
	**/
	public inline function addChar(c:Int):Void {
		b += String.fromCharCode(c);
	}

	/**
		Appends part of `s`: `len` characters from `pos`, or all the rest.
	**/
	public inline function addSub(s:String, pos:Int, ?len:Int):Void {
		b += (len == null ? s.substr(pos) : s.substr(pos, len));
	}

	/**
		Everything collected so far, as one string.
	**/
	public inline function toString():String {
		return b;
	}
}
