/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

import haxe.ds.StringMap;
import haxe.ds.IntMap;
import haxe.ds.HashMap;
import haxe.ds.ObjectMap;
import haxe.ds.WeakMap;
import haxe.ds.EnumValueMap;
import haxe.Constraints.IMap;

/**
	The general key/value map. The compiler picks a concrete implementation
	from the key type when `new Map()` is typed: `StringMap` for strings,
	`IntMap` for integers, `EnumValueMap` for enum values and `ObjectMap`
	for other objects. Literals `[k => v]` build maps, and `m[k]` reads or
	writes an entry.
**/
@:transitive
@:multiType(@:followWithAbstracts K)
abstract Map<K, V>(IMap<K, V>) {
	/**
		Makes an empty map of the implementation suited to `K`.
	**/
	public function new();

	/**
		Stores `value` under `key`, replacing what was there.
	**/
	public inline function set(key:K, value:V):Void {
		this.set(key, value);
	}

	/**
		The value stored under `key`, or `null`. A `null` result may also
		mean a stored `null`; use `exists` to tell them apart.
	**/
	@:arrayAccess public inline function get(key:K):Null<V> {
		return this.get(key);
	}

	/**
		Whether an entry exists for `key`.
	**/
	public inline function exists(key:K):Bool {
		return this.exists(key);
	}

	/**
		Deletes the entry for `key`; tells whether one existed.
	**/
	public inline function remove(key:K):Bool {
		return this.remove(key);
	}

	/**
		Walks the keys, in unspecified order.
	**/
	public inline function keys():Iterator<K> {
		return this.keys();
	}

	/**
		Walks the values, in unspecified order.
	**/
	public inline function iterator():Iterator<V> {
		return this.iterator();
	}

	/**
		Walks the entries as key/value pairs, in unspecified order.
	**/
	public inline function keyValueIterator():KeyValueIterator<K, V> {
		return this.keyValueIterator();
	}

	/**
		A shallow copy holding the same entries.
	**/
	public inline function copy():Map<K, V> {
		return cast this.copy();
	}

	/**
		Renders the entries as text.
	**/
	public inline function toString():String {
		return this.toString();
	}

	/**
		Deletes every entry.
	**/
	public inline function clear():Void {
		this.clear();
	}

	@:arrayAccess @:noCompletion public inline function arrayWrite(k:K, v:V):V {
		this.set(k, v);
		return v;
	}

	@:to static inline function toStringMap<K:String, V>(t:IMap<K, V>):StringMap<V> {
		return new StringMap<V>();
	}

	@:to static inline function toIntMap<K:Int, V>(t:IMap<K, V>):IntMap<V> {
		return new IntMap<V>();
	}

	@:to static inline function toEnumValueMapMap<K:EnumValue, V>(t:IMap<K, V>):EnumValueMap<K, V> {
		return new EnumValueMap<K, V>();
	}

	@:to static inline function toObjectMap<K:{}, V>(t:IMap<K, V>):ObjectMap<K, V> {
		return new ObjectMap<K, V>();
	}

	@:from static inline function fromStringMap<V>(map:StringMap<V>):Map<String, V> {
		return cast map;
	}

	@:from static inline function fromIntMap<V>(map:IntMap<V>):Map<Int, V> {
		return cast map;
	}

	@:from static inline function fromObjectMap<K:{}, V>(map:ObjectMap<K, V>):Map<K, V> {
		return cast map;
	}
}
