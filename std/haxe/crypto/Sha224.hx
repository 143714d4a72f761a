/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	The SHA-224 message digest: SHA-256 with other initial values, cut to 224 bits.
**/
class Sha224 {
	/** Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text. **/
	public static function encode(s:String):String {
		return make(Bytes.ofString(s)).toHex();
	}

	/** Digest of the bytes `b`, as 28 raw bytes. **/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes {
		return Sha1.wordsToBytes(Sha256.compress(b, [0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4]).slice(0, 7));
	}

	/** Makes a hasher object; the static functions are the usual entry points. **/
	public function new() {}
}
