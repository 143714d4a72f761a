/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A map whose keys are integers. `Map<Int, V>` turns into this type.
**/
extern class IntMap<T> implements haxe.Constraints.IMap<Int, T> {
	/** Makes an empty map. **/
	function new():Void;

	/** Stores `value` under `key`, replacing what was there. **/
	function set(key:Int, value:T):Void;

	/** The value stored under `key`, or `null` when there is none. **/
	function get(key:Int):Null<T>;

	/** Whether an entry exists for `key`. **/
	function exists(key:Int):Bool;

	/** Deletes the entry for `key`; tells whether one existed. **/
	function remove(key:Int):Bool;

	/** Walks the keys, in unspecified order. **/
	function keys():Iterator<Int>;

	/** Walks the stored values, in unspecified order. **/
	function iterator():Iterator<T>;

	/** Walks the entries as key/value pairs. **/
	function keyValueIterator():KeyValueIterator<Int, T>;

	/** A shallow copy holding the same entries. **/
	function copy():IntMap<T>;

	/** Renders the entries as `[k => v, ...]` text. **/
	function toString():String;

	/** Deletes every entry. **/
	function clear():Void;
}
