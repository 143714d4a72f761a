/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks the code units of a string as position/code pairs.
**/
class StringKeyValueIterator {
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
		The next position and the code found there.
	**/
	public inline function next():{key:Int, value:Int} {
		var i = offset;
		offset = i + 1;
		return {key: i, value: StringTools.fastCodeAt(s, i)};
	}
}
