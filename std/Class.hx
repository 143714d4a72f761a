/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	The run-time value that stands for a class. `Class<T>` is what an
	expression like `String` or `MyClass` has when used as a value, and what
	`Type` functions accept and return.
**/
@:coreType @:runtimeValue abstract Class<T> {}
