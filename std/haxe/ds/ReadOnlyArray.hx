/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

/**
	A view of an `Array` that offers only reading operations. Any array
	converts to it implicitly; the view itself cannot be used to modify the
	array (though the array may still change through other references).
**/
@:forward(copy, filter, indexOf, iterator, keyValueIterator, join, lastIndexOf, map, slice, contains, toString)
abstract ReadOnlyArray<T>(Array<T>) from Array<T> to Iterable<T> {
	/**
		How many elements the array holds.
	**/
	public var length(get, never):Int;

	inline function get_length():Int
		return this.length;

	@:arrayAccess inline function get(i:Int):T
		return this[i];

	/**
		A new, writable array with these elements followed by those of `a`.
	**/
	public inline function concat(a:ReadOnlyArray<T>):Array<T> {
		return this.concat(cast a);
	}
}
