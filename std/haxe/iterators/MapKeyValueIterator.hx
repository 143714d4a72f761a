/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Walks any `haxe.Constraints.IMap` as key/value pairs by looking up each
	key the map reports.
**/
class MapKeyValueIterator<K, V> {
	var map:haxe.Constraints.IMap<K, V>;
	var keys:Iterator<K>;

	/**
		Starts a pairwise walk over `map`.
	**/
	public inline function new(map:haxe.Constraints.IMap<K, V>) {
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
		return {key: k, value: (map.get(k) : V)};
	}
}
