/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The Sha256 message digest (256-bit output). Part of the SHA-2 family.
**/
extern class Sha256 {
	/**
		Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text.
	**/
	public static function encode(s:String):String;

	/**
		Digest of the bytes `b`, as raw bytes.
	**/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes;
}
