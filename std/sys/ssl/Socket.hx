/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.ssl;

/**
	A TCP socket with TLS encryption.
**/
extern class Socket extends sys.net.Socket {
	/** Default of `verifyCert` for new sockets. **/
	static var DEFAULT_VERIFY_CERT:Null<Bool>;

	/** Certificate authorities trusted by default. **/
	static var DEFAULT_CA:Null<sys.ssl.Certificate>;

	/** Whether the peer's certificate must be valid (`null`: optional). **/
	var verifyCert:Null<Bool>;

	/** Makes an unconnected TLS socket. **/
	function new():Void;

	/** Performs the TLS handshake now instead of on first use. **/
	function handshake():Void;

	/** Trusts the certificate authorities `cert`. **/
	function setCA(cert:sys.ssl.Certificate):Void;

	/** The server name to send and to check the certificate against. **/
	function setHostname(name:String):Void;

	/** Uses `cert` and `key` to identify this end. **/
	function setCertificate(cert:Certificate, key:Key):Void;

	/** Serves `cert` to clients asking for a server name accepted by `cbServernameMatch`. **/
	function addSNICertificate(cbServernameMatch:String->Bool, cert:Certificate, key:Key):Void;

	/** The certificate presented by the peer. **/
	function peerCertificate():sys.ssl.Certificate;
}
