/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks the code units of a string, producing their numeric codes.
**/
class StringIterator {
	var offset = 0;
	var s:String;

	/**
		Starts a walk over `s`.
	**/
	public inline function new(s:String) {
		this.s = s;
	}

	/**
		Whether code units remain.
	**/
	public inline function hasNext():Bool {
		return offset < s.length;
	}

	/**
		The code of the next code unit.
	**/
	public inline function next():Int {
		var i = offset;
		offset = i + 1;
		return StringTools.unsafeCodeAt(s, i);
	}
}
