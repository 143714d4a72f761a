/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.http;

/**
	The request methods of HTTP.
**/
enum abstract HttpMethod(String) from String to String {
	/** Submits a body to the resource. **/
	var Post = 'POST';

	/** Fetches the resource. **/
	var Get = 'GET';

	/** Fetches only the headers. **/
	var Head = 'HEAD';

	/** Replaces the resource with the body. **/
	var Put = 'PUT';

	/** Removes the resource. **/
	var Delete = 'DELETE';

	/** Echoes the request back, for diagnostics. **/
	var Trace = 'TRACE';

	/** Asks which methods the resource allows. **/
	var Options = 'OPTIONS';

	/** Opens a tunnel through a proxy. **/
	var Connect = 'CONNECT';

	/** Applies a partial change to the resource. **/
	var Patch = 'PATCH';
}
