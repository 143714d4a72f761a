/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.net;

/**
	An IPv4 address and port, as used by `UdpSocket`.
**/
class Address {
	/** The address as a 32-bit number. **/
	public var host:Int;

	/** The port. **/
	public var port:Int;

	/** Makes the address 0.0.0.0, port 0. **/
	public function new() {
		host = 0;
		port = 0;
	}

	/** The address as a `Host`. **/
	public function getHost():Host {
		var h = new Host("127.0.0.1");
		untyped h.ip = host;
		return h;
	}

	/** Orders by host then port: negative, zero or positive. **/
	public function compare(a:Address):Int {
		return a.host != host ? a.host - host : a.port - port;
	}

	/** An independent copy. **/
	public function clone():Address {
		var c = new Address();
		c.host = host;
		c.port = port;
		return c;
	}
}
