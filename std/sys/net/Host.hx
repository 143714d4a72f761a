/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.net;

/**
	A resolved network host.
**/
extern class Host {
	/** The name this host was created from. **/
	var host(default, null):String;

	/** The IPv4 address as a 32-bit number. **/
	var ip(default, null):Int;

	/** Resolves `name`, a host name or dotted address. **/
	function new(name:String):Void;

	/** The address in dotted notation. **/
	function toString():String;

	/** The host name found by reverse lookup. **/
	function reverse():String;

	/** The name of the local machine. **/
	static function localhost():String;
}
