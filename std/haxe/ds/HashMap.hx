/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

import haxe.iterators.HashMapKeyValueIterator;

/**
	A map for keys that know how to hash themselves through a
	`hashCode():Int` method. Keys with equal hash codes are treated as the
	same key.
**/
abstract HashMap<K:{function hashCode():Int;}, V>(HashMapData<K, V>) {
	/**
		Makes an empty map.
	**/
	public inline function new() {
		this = new HashMapData();
	}

	/**
		Stores `v` under `k`.
	**/
	@:arrayAccess public inline function set(k:K, v:V):Void {
		var code = k.hashCode();
		this.keys.set(code, k);
		this.values.set(code, v);
	}

	/**
		The value stored under `k`, or `null`.
	**/
	@:arrayAccess public inline function get(k:K):Null<V> {
		return this.values.get(k.hashCode());
	}

	/**
		Whether an entry exists for `k`.
	**/
	public inline function exists(k:K):Bool {
		return this.values.exists(k.hashCode());
	}

	/**
		Deletes the entry for `k`; tells whether one existed.
	**/
	public inline function remove(k:K):Bool {
		var code = k.hashCode();
		this.values.remove(code);
		return this.keys.remove(code);
	}

	/**
		Walks the keys.
	**/
	public inline function keys():Iterator<K> {
		return this.keys.iterator();
	}

	/**
		A shallow copy with the same entries.
	**/
	public function copy():HashMap<K, V> {
		var dup = new HashMapData<K, V>();
		dup.keys = this.keys.copy();
		dup.values = this.values.copy();
		return cast dup;
	}

	/**
		Walks the values.
	**/
	public inline function iterator():Iterator<V> {
		return this.values.iterator();
	}

	/**
		Walks the entries as key/value pairs.
	**/
	public inline function keyValueIterator():HashMapKeyValueIterator<K, V> {
		return new HashMapKeyValueIterator(cast this);
	}

	/**
		Deletes every entry.
	**/
	public inline function clear():Void {
		this.keys.clear();
		this.values.clear();
	}
}

private class HashMapData<K:{function hashCode():Int;}, V> {
	public var keys:IntMap<K>;
	public var values:IntMap<V>;

	public inline function new() {
		keys = new IntMap();
		values = new IntMap();
	}
}
