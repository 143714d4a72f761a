/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	A source of bytes read in sequence. Subclasses provide `readByte` (and
	preferably a faster `readBytes`); everything else builds on them. Reads
	past the end throw `Eof`. Multi-byte numbers follow `bigEndian`.
**/
extern class Input {
	/** Whether multi-byte numbers are read most significant byte first. **/
	public var bigEndian(default, set):Bool;

	/** Reads one byte, 0 to 255. **/
	public function readByte():Int;

	/**
		Reads up to `len` bytes into `s` at `pos`, returning how many were
		actually read (at least one unless `len` is zero).
	**/
	public function readBytes(s:Bytes, pos:Int, len:Int):Int;

	/** Releases the underlying resource. **/
	public function close():Void;

	private function set_bigEndian(b:Bool):Bool;

	/** Reads until the end of the stream, in chunks of `bufsize` bytes. **/
	public function readAll(?bufsize:Int):Bytes;

	/** Reads exactly `len` bytes into `s` at `pos`, or throws `Eof`. **/
	public function readFullBytes(s:Bytes, pos:Int, len:Int):Void;

	/** Reads exactly `nbytes` bytes into a new buffer. **/
	public function read(nbytes:Int):Bytes;

	/** Reads text up to, not including, the byte `end`, which is consumed. **/
	public function readUntil(end:Int):String;

	/** Reads one line of text, dropping its `\n` or `\r\n` ending. **/
	public function readLine():String;

	/** Reads a 32-bit IEEE float. **/
	public function readFloat():Float;

	/** Reads a 64-bit IEEE float. **/
	public function readDouble():Float;

	/** Reads a signed 8-bit integer. **/
	public function readInt8():Int;

	/** Reads a signed 16-bit integer. **/
	public function readInt16():Int;

	/** Reads an unsigned 16-bit integer. **/
	public function readUInt16():Int;

	/** Reads a signed 24-bit integer. **/
	public function readInt24():Int;

	/** Reads an unsigned 24-bit integer. **/
	public function readUInt24():Int;

	/** Reads a signed 32-bit integer. **/
	public function readInt32():Int;

	/** Reads `len` bytes and decodes them as text. **/
	public function readString(len:Int, ?encoding:Encoding):String;
}
