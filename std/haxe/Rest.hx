/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

import haxe.iterators.RestIterator;
import haxe.iterators.RestKeyValueIterator;

private typedef NativeRest<T> = Array<T>;

/**
	The type of a final `...args:Rest<T>` parameter, which collects any
	number of trailing arguments. It reads like a read-only array.
**/
@:coreApi
abstract Rest<T>(NativeRest<T>) {
	/** How many arguments were passed. **/
	public var length(get, never):Int;

	inline function get_length():Int
		return this.length;

	/** Wraps `array` (copied) as a rest argument list, for `f(...array)`. **/
	@:from static public inline function of<T>(array:Array<T>):Rest<T>
		return new Rest(array.copy());

	inline function new(array:Array<T>):Void
		this = array;

	@:arrayAccess inline function get(index:Int):T
		return this[index];

	/** A new array with the arguments. **/
	@:to public inline function toArray():Array<T>
		return this.copy();

	/** Walks the arguments. **/
	public inline function iterator():RestIterator<T>
		return new RestIterator<T>(this);

	/** Walks the arguments with their positions. **/
	public inline function keyValueIterator():RestKeyValueIterator<T>
		return new RestKeyValueIterator<T>(this);

	/** A new list with `item` added at the end. **/
	public function append(item:T):Rest<T> {
		var a = this.copy();
		a.push(item);
		return new Rest(a);
	}

	/** A new list with `item` added at the front. **/
	public function prepend(item:T):Rest<T> {
		var a = this.copy();
		a.unshift(item);
		return new Rest(a);
	}

	/** Renders the arguments like an array. **/
	public inline function toString():String {
		return this.toString();
	}
}
