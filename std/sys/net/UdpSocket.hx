/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.net;

/**
	A UDP socket. Only available on targets that support datagrams; elsewhere
	constructing one throws.
**/
class UdpSocket extends Socket {
	/** Makes an unbound UDP socket. **/
	public function new() {
		throw "Not available on this platform";
		super();
	}

	/** Allows or forbids sending to broadcast addresses. **/
	public function setBroadcast(b:Bool):Void {
		throw "Not available on this platform";
	}

	/** Sends `len` bytes of `buf` from `pos` to `addr`; gives the count sent. **/
	public function sendTo(buf:haxe.io.Bytes, pos:Int, len:Int, addr:Address):Int {
		return 0;
	}

	/** Receives a datagram into `buf` at `pos`, storing the sender in `addr`; gives its size. **/
	public function readFrom(buf:haxe.io.Bytes, pos:Int, len:Int, addr:Address):Int {
		return 0;
	}
}
