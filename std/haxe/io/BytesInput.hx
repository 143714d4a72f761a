/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Reads from a window of a `Bytes` buffer held in memory.
**/
class BytesInput extends Input {
	var b:Bytes;
	var pos:Int;
	var len:Int;
	var totlen:Int;

	/** Offset of the next byte to read, relative to the start of the window. **/
	public var position(get, set):Int;

	/** Size of the readable window. **/
	public var length(get, never):Int;

	/** Reads `b`, or only `len` bytes of it from `pos` when given. **/
	public function new(b:Bytes, ?pos:Int, ?len:Int) {
		var start = pos == null ? 0 : pos;
		var size = len == null ? b.length - start : len;
		if (start < 0 || size < 0 || start + size > b.length)
			throw Error.OutsideBounds;
		this.b = b;
		this.pos = start;
		this.len = size;
		totlen = size;
	}

	inline function get_position():Int {
		return totlen - len;
	}

	inline function get_length():Int {
		return totlen;
	}

	function set_position(p:Int):Int {
		var target = p < 0 ? 0 : (p > totlen ? totlen : p);
		var moved = target - get_position();
		pos += moved;
		len -= moved;
		return p;
	}

	/** Reads the next byte of the window; throws `Eof` at its end. **/
	public override function readByte():Int {
		if (len == 0)
			throw new Eof();
		len--;
		return b.get(pos++);
	}

	/** Copies up to `len` bytes of the window into `buf` at `pos`. **/
	public override function readBytes(buf:Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > buf.length)
			throw Error.OutsideBounds;
		if (this.len == 0 && len > 0)
			throw new Eof();
		var n = len > this.len ? this.len : len;
		buf.blit(pos, b, this.pos, n);
		this.pos += n;
		this.len -= n;
		return n;
	}
}
