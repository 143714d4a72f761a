/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.extern;

/**
	For arguments of inline functions: makes the argument behave like a local
	variable, so the passed expression is evaluated once instead of being
	substituted at every use.
**/
@:forward
@:transitive
@:semantics(variable)
abstract AsVar<T>(T) from T to T {}
