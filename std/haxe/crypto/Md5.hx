/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The Md5 message digest (128-bit output). Broken for security purposes; use it only for checksums.
**/
extern class Md5 {
	/**
		Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text.
	**/
	public static function encode(s:String):String;

	/**
		Digest of the bytes `b`, as raw bytes.
	**/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes;
}
