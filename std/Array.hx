/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

import haxe.iterators.ArrayIterator;
import haxe.iterators.ArrayKeyValueIterator;

/**
	A growable, indexable sequence of elements of type `T`. Literals such as
	`[1, 2, 3]` create arrays, and `a[i]` reads or writes one slot.
**/
extern class Array<T> {
	/**
		How many elements the array holds. Writing past the end grows it.
	**/
	var length(default, null):Int;

	/**
		Makes an empty array.
	**/
	function new():Void;

	/**
		Gives a fresh array holding the elements of this one followed by
		those of `a`. Neither input changes.
	**/
	function concat(a:Array<T>):Array<T>;

	/**
		Turns each element into text and glues the results together, putting
		`sep` between neighbours.
	**/
	function join(sep:String):String;

	/**
		Takes the final element off and returns it; `null` if the array was
		empty.
	**/
	function pop():Null<T>;

	/**
		Appends `x` at the end and reports the new length.
	**/
	function push(x:T):Int;

	/**
		Turns the order of the elements around, in place.
	**/
	function reverse():Void;

	/**
		Takes the first element off and returns it, moving the rest down;
		`null` if the array was empty.
	**/
	function shift():Null<T>;

	/**
		Copies the elements from `pos` up to, not including, `end` (or the
		end) into a new array. Negative positions count from the back.
	**/
	function slice(pos:Int, ?end:Int):Array<T>;

	/**
		Orders the elements in place with the comparison `f`, which returns a
		negative number, zero or a positive number. Equal elements may move.
	**/
	function sort(f:T->T->Int):Void;

	/**
		Cuts `len` elements out starting at `pos` and returns them as a new
		array; the receiver closes the gap.
	**/
	function splice(pos:Int, len:Int):Array<T>;

	/**
		Renders the array as text, for debugging.
	**/
	function toString():String;

	/**
		Puts `x` in front of the first element.
	**/
	function unshift(x:T):Void;

	/**
		Places `x` at index `pos`, shifting later elements up by one. Positions
		past either end are clamped.
	**/
	function insert(pos:Int, x:T):Void;

	/**
		Deletes the first element equal to `x`; tells whether one was found.
	**/
	function remove(x:T):Bool;

	/**
		Tells whether some element equals `x`.
	**/
	@:pure function contains(x:T):Bool;

	/**
		The index of the first element equal to `x`, searching from
		`fromIndex` (or 0); `-1` if absent.
	**/
	function indexOf(x:T, ?fromIndex:Int):Int;

	/**
		The index of the last element equal to `x`, searching backward from
		`fromIndex` (or the end); `-1` if absent.
	**/
	function lastIndexOf(x:T, ?fromIndex:Int):Int;

	/**
		A shallow duplicate: a new array with the same elements.
	**/
	function copy():Array<T>;

	/**
		Walks the elements from first to last.
	**/
	@:runtime inline function iterator():ArrayIterator<T> {
		return new ArrayIterator(this);
	}

	/**
		Walks the elements as index/element pairs.
	**/
	@:pure @:runtime public inline function keyValueIterator():ArrayKeyValueIterator<T> {
		return new ArrayKeyValueIterator(this);
	}

	/**
		Gives a new array made of `f` applied to every element, in order.
	**/
	@:runtime inline function map<S>(f:T->S):Array<S> {
		var out:Array<S> = [];
		for (item in this)
			out.push(f(item));
		return out;
	}

	/**
		Gives a new array with only the elements for which `f` answers `true`.
	**/
	@:runtime inline function filter(f:T->Bool):Array<T> {
		var out:Array<T> = [];
		for (item in this)
			if (f(item))
				out.push(item);
		return out;
	}

	/**
		Sets the length to `len`, dropping elements past it or padding with
		default values.
	**/
	function resize(len:Int):Void;
}
