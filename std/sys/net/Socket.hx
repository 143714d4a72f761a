/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.net;

/**
	A TCP socket.
**/
extern class Socket {
	/** Data arriving on the connection. **/
	var input(default, null):haxe.io.Input;

	/** Data leaving on the connection. **/
	var output(default, null):haxe.io.Output;

	/** A free slot for user data. **/
	var custom:Dynamic;

	/** Makes an unconnected socket. **/
	function new():Void;

	/** Closes the connection. **/
	function close():Void;

	/** Reads everything until the peer closes. **/
	function read():String;

	/** Sends all of `content`. **/
	function write(content:String):Void;

	/** Connects to `host` on `port`. **/
	function connect(host:Host, port:Int):Void;

	/** Starts accepting, queueing up to `connections` clients. **/
	function listen(connections:Int):Void;

	/** Closes the reading and/or writing direction. **/
	function shutdown(read:Bool, write:Bool):Void;

	/** Binds the socket to a local address and port. **/
	function bind(host:Host, port:Int):Void;

	/** Waits for and returns the next client connection. **/
	function accept():Socket;

	/** The remote end of the connection. **/
	function peer():{host:Host, port:Int};

	/** The local end of the connection. **/
	function host():{host:Host, port:Int};

	/** Limits blocking operations to `timeout` seconds. **/
	function setTimeout(timeout:Float):Void;

	/** Blocks until data can be read. **/
	function waitForRead():Void;

	/** Switches between blocking and non-blocking mode. **/
	function setBlocking(b:Bool):Void;

	/** Turns Nagle's algorithm off (`true`) or on. **/
	function setFastSend(b:Bool):Void;

	/** Waits until some of the given sockets are ready, for at most `timeout` seconds. **/
	static function select(read:Array<Socket>, write:Array<Socket>, others:Array<Socket>,
		?timeout:Float):{read:Array<Socket>, write:Array<Socket>, others:Array<Socket>};
}
