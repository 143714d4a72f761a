/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	A mutable buffer of bytes with a fixed length, plus helpers to read and
	write numbers and text at given offsets. Multi-byte numbers are
	little-endian.
**/
extern class Bytes {
	/** Number of bytes in the buffer. **/
	public var length(default, null):Int;

	private function new(length:Int, b:BytesData):Void;

	/** The byte at `pos`, from 0 to 255. **/
	public function get(pos:Int):Int;

	/** Stores the low eight bits of `v` at `pos`. **/
	public function set(pos:Int, v:Int):Void;

	/**
		Copies `len` bytes of `src` starting at `srcpos` into this buffer at
		`pos`; overlapping copies within one buffer are safe. Throws
		`OutsideBounds` if a range does not fit.
	**/
	public function blit(pos:Int, src:Bytes, srcpos:Int, len:Int):Void;

	/** Sets `len` bytes from `pos` to `value`. **/
	public function fill(pos:Int, len:Int, value:Int):Void;

	/** A new buffer holding a copy of `len` bytes from `pos`. **/
	public function sub(pos:Int, len:Int):Bytes;

	/**
		Orders this buffer against `other` byte by byte, then by length:
		negative, zero or positive.
	**/
	public function compare(other:Bytes):Int;

	/** The 64-bit IEEE float stored at `pos`. **/
	public function getDouble(pos:Int):Float;

	/** The 32-bit IEEE float stored at `pos`. **/
	public function getFloat(pos:Int):Float;

	/** Stores `v` as a 64-bit IEEE float at `pos`. **/
	public function setDouble(pos:Int, v:Float):Void;

	/** Stores `v` as a 32-bit IEEE float at `pos`. **/
	public function setFloat(pos:Int, v:Float):Void;

	/** The unsigned 16-bit number at `pos`. **/
	public function getUInt16(pos:Int):Int;

	/** Stores the low 16 bits of `v` at `pos`. **/
	public function setUInt16(pos:Int, v:Int):Void;

	/** The signed 32-bit number at `pos`. **/
	public function getInt32(pos:Int):Int;

	/** The 64-bit number at `pos`. **/
	public function getInt64(pos:Int):haxe.Int64;

	/** Stores `v` as 32 bits at `pos`. **/
	public function setInt32(pos:Int, v:Int):Void;

	/** Stores `v` as 64 bits at `pos`. **/
	public function setInt64(pos:Int, v:haxe.Int64):Void;

	/** Decodes `len` bytes from `pos` as text (UTF-8 unless told otherwise). **/
	public function getString(pos:Int, len:Int, ?encoding:Encoding):String;

	/** Old name of `getString`. **/
	@:deprecated("readString is deprecated, use getString instead")
	@:noCompletion
	public function readString(pos:Int, len:Int):String;

	/** Decodes the whole buffer as UTF-8 text. **/
	public function toString():String;

	/** The buffer as lower-case hexadecimal, two digits per byte. **/
	public function toHex():String;

	/** The underlying native storage. **/
	public function getData():BytesData;

	/** A new buffer of `length` bytes whose initial content is unspecified. **/
	public static function alloc(length:Int):Bytes;

	/** The bytes of `s` in the given encoding (UTF-8 by default). **/
	@:pure
	public static function ofString(s:String, ?encoding:Encoding):Bytes;

	/** Wraps native storage `b` without copying. **/
	public static function ofData(b:BytesData):Bytes;

	/** Parses hexadecimal text, two digits per byte. **/
	public static function ofHex(s:String):Bytes;

	/** Reads one byte straight from native storage, without checks. **/
	public static function fastGet(b:BytesData, pos:Int):Int;
}
