/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Top-level name for `haxe.ds.List`.
**/
typedef List<T> = haxe.ds.List<T>;
