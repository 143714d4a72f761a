/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

import haxe.iterators.DynamicAccessIterator;
import haxe.iterators.DynamicAccessKeyValueIterator;

/**
	Treats an anonymous object as a string-keyed map of values of type `T`,
	with `obj[key]` access. Handy for JSON data.
**/
abstract DynamicAccess<T>(Dynamic<T>) from Dynamic<T> to Dynamic<T> {
	/**
		Makes an empty object.
	**/
	public inline function new()
		this = {};

	/**
		The value of field `key`, or `null`.
	**/
	@:arrayAccess
	public inline function get(key:String):Null<T> {
		return Reflect.field(this, key);
	}

	/**
		Sets field `key` to `value` and returns `value`.
	**/
	@:arrayAccess
	public inline function set(key:String, value:T):T {
		Reflect.setField(this, key, value);
		return value;
	}

	/**
		Whether field `key` exists.
	**/
	public inline function exists(key:String):Bool
		return Reflect.hasField(this, key);

	/**
		Deletes field `key`; tells whether it existed.
	**/
	public inline function remove(key:String):Bool
		return Reflect.deleteField(this, key);

	/**
		The field names.
	**/
	public inline function keys():Array<String>
		return Reflect.fields(this);

	/**
		A shallow copy of the object.
	**/
	public inline function copy():DynamicAccess<T>
		return Reflect.copy(this);

	/**
		Walks the field values.
	**/
	public inline function iterator():DynamicAccessIterator<T> {
		return new DynamicAccessIterator(this);
	}

	/**
		Walks the fields as name/value pairs.
	**/
	public inline function keyValueIterator():DynamicAccessKeyValueIterator<T> {
		return new DynamicAccessKeyValueIterator(this);
	}
}
