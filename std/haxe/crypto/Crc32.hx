/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The CRC-32 checksum (as used by zip and PNG), computed incrementally or in
	one call.
**/
extern class Crc32 {
	/** Starts a new checksum. **/
	public function new():Void;

	/** Feeds one byte. **/
	public function byte(b:Int):Void;

	/** Feeds `len` bytes of `b` from `pos`. **/
	public function update(b:haxe.io.Bytes, pos:Int, len:Int):Void;

	/** The checksum of everything fed so far. **/
	public function get():Int;

	/** The checksum of `data`. **/
	public static function make(data:haxe.io.Bytes):Int;
}
