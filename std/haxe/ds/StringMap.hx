/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A map whose keys are strings. `Map<String, V>` turns into this type.
**/
extern class StringMap<T> implements haxe.Constraints.IMap<String, T> {
	/** Makes an empty map. **/
	function new():Void;

	/** Stores `value` under `key`, replacing what was there. **/
	function set(key:String, value:T):Void;

	/** The value stored under `key`, or `null` when there is none. **/
	function get(key:String):Null<T>;

	/** Whether an entry exists for `key`. **/
	function exists(key:String):Bool;

	/** Deletes the entry for `key`; tells whether one existed. **/
	function remove(key:String):Bool;

	/** Walks the keys, in unspecified order. **/
	function keys():Iterator<String>;

	/** Walks the stored values, in unspecified order. **/
	function iterator():Iterator<T>;

	/** Walks the entries as key/value pairs. **/
	function keyValueIterator():KeyValueIterator<String, T>;

	/** A shallow copy holding the same entries. **/
	function copy():StringMap<T>;

	/** Renders the entries as `[k => v, ...]` text. **/
	function toString():String;

	/** Deletes every entry. **/
	function clear():Void;
}
