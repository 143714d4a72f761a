/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The Sha1 message digest (160-bit output). No longer collision resistant; prefer `Sha256` for new designs.
**/
extern class Sha1 {
	/**
		Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text.
	**/
	public static function encode(s:String):String;

	/**
		Digest of the bytes `b`, as raw bytes.
	**/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes;
}
