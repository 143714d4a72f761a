/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks a string by Unicode code points, pairing each with its ordinal
	(counted in code points, not code units).
**/
class StringKeyValueIteratorUnicode {
	var byteOffset = 0;
	var charOffset = 0;
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
		return byteOffset < s.length;
	}

	/**
		The ordinal of the next code point and the code point itself.
	**/
	@:access(StringTools)
	public inline function next():{key:Int, value:Int} {
		var c = StringTools.utf16CodePointAt(s, byteOffset);
		byteOffset += c >= 0x10000 ? 2 : 1;
		var k = charOffset;
		charOffset = k + 1;
		return {key: k, value: c};
	}

	/**
		Shorthand usable with `using`: `for (i => c in s.unicodeKeyValueIterator())`.
	**/
	public static inline function unicodeKeyValueIterator(s:String):StringKeyValueIteratorUnicode {
		return new StringKeyValueIteratorUnicode(s);
	}
}
