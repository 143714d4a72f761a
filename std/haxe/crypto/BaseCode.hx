/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	Encoding of bytes with any alphabet whose size is a power of two, such as
	hexadecimal or Base32.
**/
extern class BaseCode {
	/** Uses the characters of `base` as the alphabet; its length must be 2, 4, ..., 256. **/
	public function new(base:haxe.io.Bytes):Void;

	/** Encodes `b` with this alphabet. **/
	public function encodeBytes(b:haxe.io.Bytes):haxe.io.Bytes;

	/** Decodes `b` written in this alphabet. **/
	public function decodeBytes(b:haxe.io.Bytes):haxe.io.Bytes;

	/** Encodes the text `s`. **/
	public function encodeString(s:String):String;

	/** Decodes to text. **/
	public function decodeString(s:String):String;

	/** Encodes text `s` with the alphabet `base`. **/
	public static function encode(s:String, base:String):String;

	/** Decodes text `s` written in the alphabet `base`. **/
	public static function decode(s:String, base:String):String;
}
