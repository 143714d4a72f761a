/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys;

/**
	Blocking HTTP client for targets with sockets.
**/
extern class Http extends haxe.http.HttpBase {
	/** Keep the connection open after the response instead of shutting it down. **/
	public var noShutdown:Bool;

	/** Seconds to wait for the connection to be established. **/
	public var cnxTimeout:Float;

	/** The headers of the last response. **/
	public var responseHeaders:Map<String, String>;

	/** A proxy used by every request, or `null`. **/
	public static var PROXY:{host:String, port:Int, auth:{user:String, pass:String}};

	/** Prepares a request to `url`. **/
	public function new(url:String):Void;

	/** Sends the request and waits for the answer. **/
	public override function request(?post:Bool):Void;

	/** Old spelling of `fileTransfer`. **/
	@:noCompletion
	@:deprecated("Use fileTransfer instead")
	public function fileTransfert(argname:String, filename:String, file:haxe.io.Input, size:Int, mimeType:String = "application/octet-stream"):Void;

	/** Uploads `size` bytes from `file` as a multipart form field. **/
	public function fileTransfer(argname:String, filename:String, file:haxe.io.Input, size:Int, mimeType:String = "application/octet-stream"):Void;

	/** Sends the request with full control: body written to `api`, optional socket and method. **/
	public function customRequest(post:Bool, api:haxe.io.Output, ?sock:sys.net.Socket, ?method:String):Void;

	/** Fetches `url` and returns the body; throws on failure. **/
	public static function requestUrl(url:String):String;
}
