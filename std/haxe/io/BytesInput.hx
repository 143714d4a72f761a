/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Reads from a `Bytes` buffer held in memory.
**/
extern class BytesInput extends Input {
	/** Offset of the next byte to read, relative to the start of the window. **/
	public var position(get, set):Int;

	/** Size of the readable window. **/
	public var length(get, never):Int;

	/** Reads `b`, or only `len` bytes of it from `pos` when given. **/
	public function new(b:Bytes, ?pos:Int, ?len:Int):Void;

	private function get_position():Int;
	private function get_length():Int;
	private function set_position(p:Int):Int;

	/** Reads the next byte of the window. **/
	public override function readByte():Int;

	/** Copies up to `len` bytes of the window into `buf` at `pos`. **/
	public override function readBytes(buf:Bytes, pos:Int, len:Int):Int;
}
