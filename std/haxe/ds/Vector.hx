/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.ds;

private typedef VectorData<T> = Array<T>;

/**
	A fixed-length sequence. On targets with native fixed arrays it maps to
	them and can be faster than `Array`; elsewhere it is an array that is
	never resized.
**/
abstract Vector<T>(VectorData<T>) {
	/**
		Makes a vector of `length` slots, each holding the default value of
		`T` (`null` on dynamic targets).
	**/
	public inline function new(length:Int) {
		this = [];
		if (length > 0)
			this[length - 1] = cast null;
	}

	/**
		The element at `index`.
	**/
	@:op([]) public inline function get(index:Int):T {
		return this[index];
	}

	/**
		Stores `val` at `index` and returns it.
	**/
	@:op([]) public inline function set(index:Int, val:T):T {
		return this[index] = val;
	}

	/**
		The number of slots, fixed at creation.
	**/
	public var length(get, never):Int;

	inline function get_length():Int {
		return this.length;
	}

	/**
		Copies `len` elements of `src` from `srcPos` into `dest` at
		`destPos`. Overlapping ranges of the same vector are handled.
	**/
	public static function blit<T>(src:Vector<T>, srcPos:Int, dest:Vector<T>, destPos:Int, len:Int):Void {
		if (src == dest && srcPos < destPos) {
			var k = len;
			while (--k >= 0)
				dest[destPos + k] = src[srcPos + k];
		} else {
			for (k in 0...len)
				dest[destPos + k] = src[srcPos + k];
		}
	}

	/**
		A new array with the same elements.
	**/
	public function toArray():Array<T> {
		return this.copy();
	}

	/**
		The underlying target storage.
	**/
	public inline function toData():VectorData<T>
		return this;

	/**
		Wraps target storage `data` as a vector, without copying.
	**/
	static public inline function fromData<T>(data:VectorData<T>):Vector<T>
		return cast data;

	/**
		A new vector holding the elements of `array`.
	**/
	static public inline function fromArrayCopy<T>(array:Array<T>):Vector<T> {
		return cast array.copy();
	}

	/**
		A new vector with the same elements.
	**/
	public inline function copy<T>():Vector<T> {
		return cast this.copy();
	}

	/**
		The text forms of the elements separated by `sep`.
	**/
	public inline function join<T>(sep:String):String {
		return this.join(sep);
	}

	/**
		A new vector of `f` applied to each element.
	**/
	public inline function map<S>(f:T->S):Vector<S> {
		return cast this.map(f);
	}

	/**
		Sorts the elements in place by `f`; the result for equal elements is
		unspecified.
	**/
	public inline function sort(f:T->T->Int):Void {
		this.sort(f);
	}
}
