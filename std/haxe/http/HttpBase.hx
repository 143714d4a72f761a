/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.http;

import haxe.io.Bytes;

private typedef StringKeyValue = {
	var name:String;
	var value:String;
}

/**
	The target-independent part of an HTTP request: URL, headers, parameters,
	body, and the callbacks that receive the outcome.
**/
extern class HttpBase {
	/** The address to request. **/
	public var url:String;

	/** The response body as text, once available. **/
	public var responseData(get, never):Null<String>;

	/** The response body as bytes, once available. **/
	public var responseBytes(default, null):Null<Bytes>;

	/** Prepares a request to `url`; nothing is sent until `request`. **/
	public function new(url:String):Void;

	/** Sets header `name`, replacing earlier values. **/
	public function setHeader(name:String, value:String):Void;

	/** Adds a header line, keeping earlier ones with the same name. **/
	public function addHeader(header:String, value:String):Void;

	/** Sets parameter `name`, replacing earlier values. **/
	public function setParameter(name:String, value:String):Void;

	/** Adds a parameter, keeping earlier ones with the same name. **/
	public function addParameter(name:String, value:String):Void;

	/** Uses `data` as the request body (implies POST). **/
	public function setPostData(data:Null<String>):Void;

	/** Uses `data` as the binary request body (implies POST). **/
	public function setPostBytes(data:Null<Bytes>):Void;

	/** Sends the request, as POST when `post` is set or a body was given. **/
	public function request(?post:Bool):Void;

	/** Called with the response body as text. **/
	public dynamic function onData(data:String):Void;

	/** Called with the response body as bytes. **/
	public dynamic function onBytes(data:Bytes):Void;

	/** Called when the request fails. **/
	public dynamic function onError(msg:String):Void;

	/** Called with the HTTP status code as soon as it is known. **/
	public dynamic function onStatus(status:Int):Void;

	private function get_responseData():Null<String>;
}
