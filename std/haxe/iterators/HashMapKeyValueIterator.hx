/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

import haxe.ds.HashMap;

/**
	Walks a `haxe.ds.HashMap` as key/value pairs.
**/
class HashMapKeyValueIterator<K:{function hashCode():Int;}, V> {
	final map:HashMap<K, V>;
	final keys:Iterator<K>;

	/**
		Starts a pairwise walk over `map`.
	**/
	public inline function new(map:HashMap<K, V>) {
		this.map = map;
		keys = map.keys();
	}

	/**
		Whether more pairs remain.
	**/
	public inline function hasNext():Bool {
		return keys.hasNext();
	}

	/**
		The next key together with the value stored under it.
	**/
	public inline function next():{key:K, value:V} {
		var k = keys.next();
		return {key: k, value: map.get(k)};
	}
}
