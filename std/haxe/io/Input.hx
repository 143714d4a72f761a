/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	A source of bytes read in sequence. Subclasses provide `readByte` (and
	preferably a faster `readBytes`); everything else builds on them. Reads
	past the end throw `Eof`. Multi-byte numbers follow `bigEndian`.
**/
class Input {
	/** Whether multi-byte numbers are read most significant byte first. **/
	public var bigEndian(default, set):Bool;

	/** Reads one byte, 0 to 255. Subclasses must override it. **/
	public function readByte():Int {
		throw new haxe.exceptions.NotImplementedException();
	}

	/**
		Reads up to `len` bytes into `s` at `pos`, returning how many were
		actually read (at least one unless `len` is zero).
	**/
	public function readBytes(s:Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > s.length)
			throw Error.OutsideBounds;
		var count = 0;
		try {
			while (count < len) {
				s.set(pos + count, readByte());
				count++;
			}
		} catch (e:Eof) {
			if (count == 0)
				throw e;
		}
		return count;
	}

	/** Releases the underlying resource. **/
	public function close():Void {}

	function set_bigEndian(b:Bool):Bool {
		bigEndian = b;
		return b;
	}

	/** Reads until the end of the stream, in chunks of `bufsize` bytes. **/
	public function readAll(?bufsize:Int):Bytes {
		var size = bufsize == null ? 16384 : bufsize;
		var chunk = Bytes.alloc(size);
		var all = new BytesBuffer();
		try {
			while (true) {
				var got = readBytes(chunk, 0, size);
				if (got == 0)
					throw Error.Blocked;
				all.addBytes(chunk, 0, got);
			}
		} catch (e:Eof) {}
		return all.getBytes();
	}

	/** Reads exactly `len` bytes into `s` at `pos`, or throws `Eof`. **/
	public function readFullBytes(s:Bytes, pos:Int, len:Int):Void {
		var at = pos;
		var left = len;
		while (left > 0) {
			var got = readBytes(s, at, left);
			if (got == 0)
				throw Error.Blocked;
			at += got;
			left -= got;
		}
	}

	/** Reads exactly `nbytes` bytes into a new buffer. **/
	public function read(nbytes:Int):Bytes {
		var out = Bytes.alloc(nbytes);
		readFullBytes(out, 0, nbytes);
		return out;
	}

	/** Reads text up to, not including, the byte `end`, which is consumed. **/
	public function readUntil(end:Int):String {
		var buf = new BytesBuffer();
		while (true) {
			var c = readByte();
			if (c == end)
				break;
			buf.addByte(c);
		}
		return buf.getBytes().toString();
	}

	/**
		Reads one line of text, dropping its `\n` or `\r\n` ending. At the
		end of the stream, gives the last unterminated line, or throws `Eof`
		if there is none.
	**/
	public function readLine():String {
		var buf = new BytesBuffer();
		var ended = false;
		try {
			while (true) {
				var c = readByte();
				if (c == 10)
					break;
				buf.addByte(c);
			}
		} catch (e:Eof) {
			ended = true;
		}
		var line = buf.getBytes().toString();
		if (ended && line.length == 0)
			throw new Eof();
		if (StringTools.endsWith(line, "\r"))
			line = line.substr(0, line.length - 1);
		return line;
	}

	/** Reads a 32-bit IEEE float. **/
	public function readFloat():Float {
		return FPHelper.i32ToFloat(readInt32());
	}

	/** Reads a 64-bit IEEE float. **/
	public function readDouble():Float {
		var first = readInt32();
		var second = readInt32();
		return bigEndian ? FPHelper.i64ToDouble(second, first) : FPHelper.i64ToDouble(first, second);
	}

	/** Reads a signed 8-bit integer. **/
	public function readInt8():Int {
		var v = readByte();
		return v >= 128 ? v - 256 : v;
	}

	/** Reads a signed 16-bit integer. **/
	public function readInt16():Int {
		var v = readUInt16();
		return v >= 0x8000 ? v - 0x10000 : v;
	}

	/** Reads an unsigned 16-bit integer. **/
	public function readUInt16():Int {
		var a = readByte();
		var b = readByte();
		return bigEndian ? (a << 8) | b : (b << 8) | a;
	}

	/** Reads a signed 24-bit integer. **/
	public function readInt24():Int {
		var v = readUInt24();
		return v >= 0x800000 ? v - 0x1000000 : v;
	}

	/** Reads an unsigned 24-bit integer. **/
	public function readUInt24():Int {
		var a = readByte();
		var b = readByte();
		var c = readByte();
		return bigEndian ? (a << 16) | (b << 8) | c : (c << 16) | (b << 8) | a;
	}

	/** Reads a signed 32-bit integer. **/
	public function readInt32():Int {
		var a = readByte();
		var b = readByte();
		var c = readByte();
		var d = readByte();
		return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
	}

	/** Reads `len` bytes and decodes them as text. **/
	public function readString(len:Int, ?encoding:Encoding):String {
		var raw = Bytes.alloc(len);
		readFullBytes(raw, 0, len);
		return raw.getString(0, len, encoding);
	}
}
