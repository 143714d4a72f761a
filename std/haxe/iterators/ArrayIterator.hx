/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Steps through an `Array` from its first element to its last. This is what
	a `for (x in array)` loop uses.
**/
class ArrayIterator<T> {
	final array:Array<T>;
	var current:Int = 0;

	/**
		Prepares a walk over `array`, positioned before its first element.
	**/
	public inline function new(array:Array<T>) {
		this.array = array;
	}

	/**
		Whether the walk has not yet reached the end of the array.
	**/
	public inline function hasNext():Bool {
		return current < array.length;
	}

	/**
		Hands out the element at the cursor and advances.
	**/
	public inline function next():T {
		var i = current;
		current = i + 1;
		return array[i];
	}
}
