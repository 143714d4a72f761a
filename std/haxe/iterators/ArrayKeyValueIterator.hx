/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.iterators;

/**
	Steps through an `Array` producing index/element pairs, as used by
	`for (i => x in array)`.
**/
class ArrayKeyValueIterator<T> {
	var current:Int = 0;
	var array:Array<T>;

	/**
		Prepares a pairwise walk over `array`.
	**/
	public inline function new(array:Array<T>) {
		this.array = array;
	}

	/**
		Whether more pairs remain.
	**/
	public inline function hasNext():Bool {
		return current < array.length;
	}

	/**
		Hands out the pair at the cursor (its index as `key`) and advances.
	**/
	public inline function next():{key:Int, value:T} {
		var i = current;
		current = i + 1;
		return {key: i, value: array[i]};
	}
}
