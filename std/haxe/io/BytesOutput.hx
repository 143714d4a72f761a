/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Writes into a growing in-memory buffer.
**/
extern class BytesOutput extends Output {
	/** Bytes written so far. **/
	public var length(get, never):Int;

	/** Starts with an empty buffer. **/
	public function new():Void;

	private function get_length():Int;

	/** Appends one byte to the buffer. **/
	override function writeByte(c:Int):Void;

	/** Appends `len` bytes of `buf` from `pos`. **/
	override function writeBytes(buf:Bytes, pos:Int, len:Int):Int;

	/** The bytes written so far; the output must not be used afterwards. **/
	public function getBytes():Bytes;
}
