/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The Adler-32 checksum used by the zlib format.
**/
extern class Adler32 {
	/** Starts a new checksum. **/
	public function new():Void;

	/** The checksum of everything fed so far. **/
	public function get():Int;

	/** Feeds `len` bytes of `b` from `pos`. **/
	public function update(b:haxe.io.Bytes, pos:Int, len:Int):Void;

	/** Whether `a` holds the same checksum. **/
	public function equals(a:Adler32):Bool;

	/** The checksum in hexadecimal. **/
	public function toString():String;

	/** Reads a stored checksum (four big-endian bytes) from `i`. **/
	public static function read(i:haxe.io.Input):Adler32;

	/** The checksum of `b`. **/
	public static function make(b:haxe.io.Bytes):Int;
}
