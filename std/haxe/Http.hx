/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	The HTTP client of the current target: `sys.Http` on targets with
	sockets, the platform-neutral base otherwise.
**/
#if sys
typedef Http = sys.Http;
#else
/**
	Without sockets, only the platform-neutral request description is available.
**/
typedef Http = haxe.http.HttpBase;
#end
