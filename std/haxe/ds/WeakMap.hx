/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A map that would hold its keys weakly, letting the garbage collector drop
	entries whose key is otherwise unreachable. Targets without weak
	references do not provide it: constructing one throws.
**/
class WeakMap<K:{}, V> implements haxe.Constraints.IMap<K, V> {
	/** Throws on targets without weak references. **/
	public function new():Void {
		throw new haxe.exceptions.NotImplementedException("Not implemented for this platform");
	}

	/** Stores `value` under `key`. **/
	public function set(key:K, value:V):Void {}

	/** The value under `key`, or `null`. **/
	public function get(key:K):Null<V> {
		return null;
	}

	/** Whether an entry exists for `key`. **/
	public function exists(key:K):Bool {
		return false;
	}

	/** Deletes the entry for `key`. **/
	public function remove(key:K):Bool {
		return false;
	}

	/** Walks the keys. **/
	public function keys():Iterator<K> {
		return null;
	}

	/** Walks the values. **/
	public function iterator():Iterator<V> {
		return null;
	}

	/** Walks the entries as pairs. **/
	public inline function keyValueIterator():KeyValueIterator<K, V> {
		return null;
	}

	/** A shallow copy. **/
	public function copy():WeakMap<K, V> {
		return null;
	}

	/** Text rendering. **/
	public function toString():String {
		return null;
	}

	/** Deletes every entry. **/
	public function clear():Void {}
}
