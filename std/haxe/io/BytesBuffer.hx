/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Collects bytes of unknown total size; `getBytes` then hands them over as
	one `Bytes`.
**/
extern class BytesBuffer {
	/** How many bytes have been collected. **/
	public var length(get, never):Int;

	private function get_length():Int;

	/** Starts empty. **/
	public function new():Void;

	/** Appends one byte (the low eight bits of `byte`). **/
	public function addByte(byte:Int):Void;

	/** Appends every byte of `src`. **/
	public function add(src:Bytes):Void;

	/** Appends the bytes of `v` in the given encoding (UTF-8 by default). **/
	public function addString(v:String, ?encoding:Encoding):Void;

	/** Appends `v` as a little-endian 32-bit integer. **/
	public function addInt32(v:Int):Void;

	/** Appends `v` as a little-endian 64-bit integer. **/
	public function addInt64(v:haxe.Int64):Void;

	/** Appends `v` as a 32-bit IEEE float. **/
	public function addFloat(v:Float):Void;

	/** Appends `v` as a 64-bit IEEE float. **/
	public function addDouble(v:Float):Void;

	/** Appends `len` bytes of `src` from `pos`. **/
	public function addBytes(src:Bytes, pos:Int, len:Int):Void;

	/** Hands over the collected bytes; the buffer must not be used afterwards. **/
	public function getBytes():Bytes;
}
