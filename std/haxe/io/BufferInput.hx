/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Reads another input through a buffer, fetching data in large chunks.
**/
class BufferInput extends haxe.io.Input {
	/** The wrapped input. **/
	public var i:haxe.io.Input;

	/** The buffer. **/
	public var buf:haxe.io.Bytes;

	/** How many buffered bytes are waiting to be read. **/
	public var available:Int;

	/** Where the waiting bytes start in `buf`. **/
	public var pos:Int;

	/** Buffers `i` through `buf`, which may already hold `available` bytes at `pos`. **/
	public function new(i:haxe.io.Input, buf:haxe.io.Bytes, ?pos:Int = 0, ?available:Int = 0) {
		this.i = i;
		this.buf = buf;
		this.pos = pos;
		this.available = available;
	}

	/** Moves the waiting bytes to the front and reads more from the wrapped input. **/
	public function refill():Void {
		if (pos != 0) {
			buf.blit(0, buf, pos, available);
			pos = 0;
		}
		available += i.readBytes(buf, available, buf.length - available);
	}

	/** Reads one byte, refilling when the buffer is empty. **/
	override function readByte():Int {
		if (available == 0)
			refill();
		available--;
		return buf.get(pos++);
	}

	/** Reads up to `len` buffered bytes, refilling when the buffer is empty. **/
	override function readBytes(buf:haxe.io.Bytes, pos:Int, len:Int):Int {
		if (available == 0)
			refill();
		var n = len < available ? len : available;
		buf.blit(pos, this.buf, this.pos, n);
		this.pos += n;
		available -= n;
		return n;
	}
}
