/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Writes into a growing in-memory buffer.
**/
class BytesOutput extends Output {
	var b:BytesBuffer;

	/** Bytes written so far. **/
	public var length(get, never):Int;

	/** Starts with an empty buffer. **/
	public function new() {
		b = new BytesBuffer();
	}

	inline function get_length():Int {
		return b.length;
	}

	/** Appends one byte to the buffer. **/
	override function writeByte(c:Int):Void {
		b.addByte(c);
	}

	/** Appends `len` bytes of `buf` from `pos`. **/
	override function writeBytes(buf:Bytes, pos:Int, len:Int):Int {
		b.addBytes(buf, pos, len);
		return len;
	}

	/** The bytes written so far; the output must not be used afterwards. **/
	public function getBytes():Bytes {
		return b.getBytes();
	}
}
