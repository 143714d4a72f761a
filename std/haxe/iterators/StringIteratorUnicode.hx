/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks a string by whole Unicode code points, joining surrogate pairs on
	targets that store text as UTF-16.
**/
class StringIteratorUnicode {
	var offset = 0;
	var s:String;

	/**
		Starts a walk over `s`.
	**/
	public inline function new(s:String) {
		this.s = s;
	}

	/**
		Whether code points remain.
	**/
	public inline function hasNext():Bool {
		return offset < s.length;
	}

	/**
		The next code point.
	**/
	@:access(StringTools)
	public inline function next():Int {
		var c = StringTools.utf16CodePointAt(s, offset);
		offset += c >= 0x10000 ? 2 : 1;
		return c;
	}

	/**
		Shorthand usable with `using`: `for (c in s.unicodeIterator())`.
	**/
	public static inline function unicodeIterator(s:String):StringIteratorUnicode {
		return new StringIteratorUnicode(s);
	}
}
