/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Top-level name for `haxe.ds.Map`, so that `Map<K, V>` and map literals
	work without an import.
**/
typedef Map<K, V> = haxe.ds.Map<K, V>;

/**
	Former top-level name of `haxe.Constraints.IMap`.
**/
@:dox(hide)
@:deprecated
typedef IMap<K, V> = haxe.Constraints.IMap<K, V>;
