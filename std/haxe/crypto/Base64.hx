/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	Base64 encoding of binary data as text, in the standard alphabet and in
	the URL-safe alphabet (`-` and `_` instead of `+` and `/`).
**/
extern class Base64 {
	/** The 64 characters of the standard alphabet, in value order. **/
	public static var CHARS(default, null):String;

	/** `CHARS` as bytes. **/
	public static var BYTES(default, null):haxe.io.Bytes;

	/** The 64 characters of the URL-safe alphabet, in value order. **/
	public static var URL_CHARS(default, null):String;

	/** `URL_CHARS` as bytes. **/
	public static var URL_BYTES(default, null):haxe.io.Bytes;

	/** Encodes `bytes`; with `complement`, pads the result with `=`. **/
	public static function encode(bytes:haxe.io.Bytes, complement:Bool = true):String;

	/** Decodes standard Base64 text; `complement` says whether `=` padding is present. **/
	public static function decode(str:String, complement:Bool = true):haxe.io.Bytes;

	/** Encodes `bytes` with the URL-safe alphabet; pads only with `complement`. **/
	public static function urlEncode(bytes:haxe.io.Bytes, complement:Bool = false):String;

	/** Decodes URL-safe Base64 text. **/
	public static function urlDecode(str:String, complement:Bool = false):haxe.io.Bytes;
}
