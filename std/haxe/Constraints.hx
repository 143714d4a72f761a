/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Any function, whatever its arguments and result. Values of this type can
	be called, with no checking of the call.
**/
@:callable
abstract Function(Dynamic) {}

/**
	Limits a type parameter to enums none of whose constructors take
	arguments.
**/
abstract FlatEnum(Dynamic) {}

/**
	Limits a type parameter to types other than `Void`.
**/
abstract NotVoid(Dynamic) {}

/**
	Limits a type parameter to classes that have a constructor of type `T`,
	so that generic code may write `new P(...)`.
**/
abstract Constructible<T>(Dynamic) {}

/**
	The operations every key/value map offers. `Map` and the concrete maps
	of `haxe.ds` implement it.
**/
interface IMap<K, V> {
	/** The value stored under `k`, or `null`. **/
	function get(k:K):Null<V>;

	/** Stores `v` under `k`, replacing any earlier value. **/
	function set(k:K, v:V):Void;

	/** Whether something is stored under `k`. **/
	function exists(k:K):Bool;

	/** Drops the entry for `k`; tells whether there was one. **/
	function remove(k:K):Bool;

	/** Walks the keys, in no particular order. **/
	function keys():Iterator<K>;

	/** Walks the values, in no particular order. **/
	function iterator():Iterator<V>;

	/** Walks the entries as key/value pairs. **/
	function keyValueIterator():KeyValueIterator<K, V>;

	/** A new map with the same entries. **/
	function copy():IMap<K, V>;

	/** A textual rendering of the entries. **/
	function toString():String;

	/** Drops every entry. **/
	function clear():Void;
}
