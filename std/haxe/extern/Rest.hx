/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.extern;

/**
	Former name of `haxe.Rest`, for variadic extern functions.
**/
typedef Rest<T> = haxe.Rest<T>;
