/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	The run-time value that stands for an enum type, such as what the
	expression `haxe.ds.Option` evaluates to.
**/
@:coreType @:runtimeValue abstract Enum<T> {}
