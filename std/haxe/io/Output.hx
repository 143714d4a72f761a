/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	A sink of bytes written in sequence. Subclasses provide `writeByte` (and
	preferably a faster `writeBytes`); everything else builds on them.
	Multi-byte numbers follow `bigEndian`.
**/
extern class Output {
	/** Whether multi-byte numbers are written most significant byte first. **/
	public var bigEndian(default, set):Bool;

	/** Writes one byte (the low eight bits of `c`). **/
	public function writeByte(c:Int):Void;

	/**
		Writes up to `len` bytes of `s` from `pos` and returns how many were
		actually written.
	**/
	public function writeBytes(s:Bytes, pos:Int, len:Int):Int;

	/** Pushes buffered data to the underlying destination. **/
	public function flush():Void;

	/** Releases the underlying resource. **/
	public function close():Void;

	private function set_bigEndian(b:Bool):Bool;

	/** Writes all of `s`. **/
	public function write(s:Bytes):Void;

	/** Writes exactly `len` bytes of `s` from `pos`. **/
	public function writeFullBytes(s:Bytes, pos:Int, len:Int):Void;

	/** Writes `x` as a 32-bit IEEE float. **/
	public function writeFloat(x:Float):Void;

	/** Writes `x` as a 64-bit IEEE float. **/
	public function writeDouble(x:Float):Void;

	/** Writes a signed 8-bit integer; throws `Overflow` when out of range. **/
	public function writeInt8(x:Int):Void;

	/** Writes a signed 16-bit integer. **/
	public function writeInt16(x:Int):Void;

	/** Writes an unsigned 16-bit integer. **/
	public function writeUInt16(x:Int):Void;

	/** Writes a signed 24-bit integer. **/
	public function writeInt24(x:Int):Void;

	/** Writes an unsigned 24-bit integer. **/
	public function writeUInt24(x:Int):Void;

	/** Writes a 32-bit integer. **/
	public function writeInt32(x:Int):Void;

	/** Hints that about `nbytes` bytes are coming, so space can be reserved. **/
	public function prepare(nbytes:Int):Void;

	/** Copies everything from `i` until its end, in chunks of `bufsize`. **/
	public function writeInput(i:Input, ?bufsize:Int):Void;

	/** Writes the bytes of `s` in the given encoding (UTF-8 by default). **/
	public function writeString(s:String, ?encoding:Encoding):Void;
}
