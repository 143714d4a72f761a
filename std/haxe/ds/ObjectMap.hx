/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A map keyed by object identity: two keys are the same only when they are the very same object. `Map` uses it for class-instance keys.
**/
extern class ObjectMap<K:{}, V> implements haxe.Constraints.IMap<K, V> {
	/** Makes an empty map. **/
	function new():Void;

	/** Stores `value` under `key`, replacing what was there. **/
	function set(key:K, value:V):Void;

	/** The value stored under `key`, or `null` when there is none. **/
	function get(key:K):Null<V>;

	/** Whether an entry exists for `key`. **/
	function exists(key:K):Bool;

	/** Deletes the entry for `key`; tells whether one existed. **/
	function remove(key:K):Bool;

	/** Walks the keys, in unspecified order. **/
	function keys():Iterator<K>;

	/** Walks the stored values, in unspecified order. **/
	function iterator():Iterator<V>;

	/** Walks the entries as key/value pairs. **/
	function keyValueIterator():KeyValueIterator<K, V>;

	/** A shallow copy holding the same entries. **/
	function copy():ObjectMap<K, V>;

	/** Renders the entries as `[k => v, ...]` text. **/
	function toString():String;

	/** Deletes every entry. **/
	function clear():Void;
}
