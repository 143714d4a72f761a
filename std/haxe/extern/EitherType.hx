/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.extern;

/**
	For extern declarations: a value that is either a `T1` or a `T2`. Both
	convert to and from it implicitly; nothing checks which one is held.
**/
@:transitive
abstract EitherType<T1, T2>(Dynamic) from T1 to T1 from T2 to T2 {}
