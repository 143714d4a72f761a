/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The Sha224 message digest (224-bit output). A truncated variant of SHA-256.
**/
extern class Sha224 {
	/** Makes a hasher object; the static functions are the usual entry points. **/
	public function new():Void;

	/**
		Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text.
	**/
	public static function encode(s:String):String;

	/**
		Digest of the bytes `b`, as raw bytes.
	**/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes;
}
