/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	A string viewed as a sequence of 16-bit UCS-2 units, with the same
	methods as `String`.
**/
abstract Ucs2(String) {
	/** Number of 16-bit units. **/
	extern public var length(get, never):Int;

	extern inline function new(str:String):Void {
		this = str;
	}

	extern inline function get_length():Int {
		return this.length;
	}

	/** Upper-case copy. **/
	extern public inline function toUpperCase():Ucs2 {
		return new Ucs2(this.toUpperCase());
	}

	/** Lower-case copy. **/
	extern public inline function toLowerCase():Ucs2 {
		return new Ucs2(this.toLowerCase());
	}

	/** The unit at `index`, as a one-unit string. **/
	extern public inline function charAt(index:Int):Ucs2 {
		return new Ucs2(this.charAt(index));
	}

	/** The code of the unit at `index`, or `null` outside the string. **/
	extern public inline function charCodeAt(index:Int):Null<Int> {
		return this.charCodeAt(index);
	}

	/** Where `str` first occurs from `startIndex`, or `-1`. **/
	extern public inline function indexOf(str:Ucs2, ?startIndex:Int):Int {
		return this.indexOf(str.toNativeString(), startIndex);
	}

	/** Where `str` last occurs before `startIndex`, or `-1`. **/
	extern public inline function lastIndexOf(str:Ucs2, ?startIndex:Int):Int {
		return this.lastIndexOf(str.toNativeString(), startIndex);
	}

	/** The pieces between occurrences of `delimiter`. **/
	extern public inline function split(delimiter:Ucs2):Array<Ucs2> {
		return cast this.split(delimiter.toNativeString());
	}

	/** `len` units from `pos`. **/
	extern public inline function substr(pos:Int, ?len:Int):Ucs2 {
		return new Ucs2(this.substr(pos, len));
	}

	/** The units from `startIndex` up to `endIndex`. **/
	extern public inline function substring(startIndex:Int, ?endIndex:Int):Ucs2 {
		return new Ucs2(this.substring(startIndex, endIndex));
	}

	/** The plain `String` behind this value. **/
	extern public inline function toNativeString():String {
		return this;
	}

	/** A one-unit string for `code`. **/
	extern public static inline function fromCharCode(code:Int):Ucs2 {
		return new Ucs2(String.fromCharCode(code));
	}
}
