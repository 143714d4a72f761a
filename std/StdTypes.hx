/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */
// Fundamental types that the compiler knows about.

/**
	The type of an expression that produces no value, such as a function
	that returns nothing. Only `null` inhabits it.
**/
@:coreType abstract Void {}

/**
	A 64-bit IEEE 754 floating point number. On static targets it cannot hold
	`null`; wrap it as `Null<Float>` when absence must be represented.
**/
@:coreType @:notNull @:runtimeValue abstract Float {}

/**
	A signed integer whose width depends on the target (32 bits on most).
	Every `Int` converts implicitly to `Float`; use `Std.int` to go back.
**/
@:coreType @:notNull @:runtimeValue abstract Int to Float {}

/**
	Marks a value of type `T` as possibly absent. On static targets this is
	what lets basic types such as `Int` or `Bool` hold `null`; elsewhere it
	mainly documents intent.
**/
@:forward
@:coreType
abstract Null<T> from T to T {}

/**
	The truth-value type with exactly two members, `true` and `false`.
**/
@:coreType @:notNull @:runtimeValue abstract Bool {}

/**
	An unchecked type: any value converts to and from it, and any field access
	on it is accepted at compile time. Prefer `Any` when only storage is needed.
**/
@:coreType @:runtimeValue abstract Dynamic<T> {}

/**
	The structural shape of something that yields values of type `T` one at a
	time. Any object with suitable `hasNext` and `next` methods qualifies and
	can drive a `for` loop.
**/
typedef Iterator<T> = {
	/**
		Tells whether another element is waiting to be produced.
	**/
	function hasNext():Bool;

	/**
		Produces the pending element and moves past it. Calling it when
		nothing is left gives an undefined result.
	**/
	function next():T;
}

/**
	The structural shape of a collection that can hand out an `Iterator`.
**/
typedef Iterable<T> = {
	/**
		Starts a fresh walk over the elements of the collection.
	**/
	function iterator():Iterator<T>;
}

/**
	An iterator whose elements are `{key, value}` pairs.
**/
typedef KeyValueIterator<K, V> = Iterator<{key:K, value:V}>;

/**
	The structural shape of a collection that can be walked as key/value pairs,
	as in `for (k => v in collection)`.
**/
typedef KeyValueIterable<K, V> = {
	/**
		Starts a fresh walk over the key/value pairs of the collection.
	**/
	function keyValueIterator():KeyValueIterator<K, V>;
}

/**
	A marker interface for extern classes whose instances support the
	`value[index]` syntax with elements of type `T`.
**/
extern interface ArrayAccess<T> {}
