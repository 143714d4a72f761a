/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	A sink of bytes written in sequence. Subclasses provide `writeByte` (and
	preferably a faster `writeBytes`); everything else builds on them.
	Multi-byte numbers follow `bigEndian`.
**/
class Output {
	/** Whether multi-byte numbers are written most significant byte first. **/
	public var bigEndian(default, set):Bool;

	/** Writes one byte (the low eight bits of `c`). Subclasses must override it. **/
	public function writeByte(c:Int):Void {
		throw new haxe.exceptions.NotImplementedException();
	}

	/**
		Writes up to `len` bytes of `s` from `pos` and returns how many were
		actually written.
	**/
	public function writeBytes(s:Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > s.length)
			throw Error.OutsideBounds;
		for (i in pos...pos + len)
			writeByte(s.get(i));
		return len;
	}

	/** Pushes buffered data to the underlying destination. **/
	public function flush():Void {}

	/** Releases the underlying resource. **/
	public function close():Void {}

	function set_bigEndian(b:Bool):Bool {
		bigEndian = b;
		return b;
	}

	/** Writes all of `s`. **/
	public function write(s:Bytes):Void {
		writeFullBytes(s, 0, s.length);
	}

	/** Writes exactly `len` bytes of `s` from `pos`. **/
	public function writeFullBytes(s:Bytes, pos:Int, len:Int):Void {
		var at = pos;
		var left = len;
		while (left > 0) {
			var done = writeBytes(s, at, left);
			if (done == 0)
				throw Error.Blocked;
			at += done;
			left -= done;
		}
	}

	/** Writes `x` as a 32-bit IEEE float. **/
	public function writeFloat(x:Float):Void {
		writeInt32(FPHelper.floatToI32(x));
	}

	/** Writes `x` as a 64-bit IEEE float. **/
	public function writeDouble(x:Float):Void {
		var bits = FPHelper.doubleToI64(x);
		if (bigEndian) {
			writeInt32(bits.high);
			writeInt32(bits.low);
		} else {
			writeInt32(bits.low);
			writeInt32(bits.high);
		}
	}

	/** Writes a signed 8-bit integer; throws `Overflow` when out of range. **/
	public function writeInt8(x:Int):Void {
		if (x < -0x80 || x >= 0x80)
			throw Error.Overflow;
		writeByte(x & 0xFF);
	}

	/** Writes a signed 16-bit integer. **/
	public function writeInt16(x:Int):Void {
		if (x < -0x8000 || x >= 0x8000)
			throw Error.Overflow;
		writeUInt16(x & 0xFFFF);
	}

	/** Writes an unsigned 16-bit integer. **/
	public function writeUInt16(x:Int):Void {
		if (x < 0 || x >= 0x10000)
			throw Error.Overflow;
		if (bigEndian) {
			writeByte(x >> 8);
			writeByte(x & 0xFF);
		} else {
			writeByte(x & 0xFF);
			writeByte(x >> 8);
		}
	}

	/** Writes a signed 24-bit integer. **/
	public function writeInt24(x:Int):Void {
		if (x < -0x800000 || x >= 0x800000)
			throw Error.Overflow;
		writeUInt24(x & 0xFFFFFF);
	}

	/** Writes an unsigned 24-bit integer. **/
	public function writeUInt24(x:Int):Void {
		if (x < 0 || x >= 0x1000000)
			throw Error.Overflow;
		var parts = [x & 0xFF, (x >> 8) & 0xFF, x >> 16];
		if (bigEndian)
			parts.reverse();
		for (p in parts)
			writeByte(p);
	}

	/** Writes a 32-bit integer. **/
	public function writeInt32(x:Int):Void {
		var parts = [x & 0xFF, (x >> 8) & 0xFF, (x >> 16) & 0xFF, x >>> 24];
		if (bigEndian)
			parts.reverse();
		for (p in parts)
			writeByte(p);
	}

	/** Hints that about `nbytes` bytes are coming, so space can be reserved. **/
	public function prepare(nbytes:Int):Void {}

	/** Copies everything from `i` until its end, in chunks of `bufsize`. **/
	public function writeInput(i:Input, ?bufsize:Int):Void {
		var size = bufsize == null ? 4096 : bufsize;
		var chunk = Bytes.alloc(size);
		try {
			while (true) {
				var got = i.readBytes(chunk, 0, size);
				if (got == 0)
					throw Error.Blocked;
				writeFullBytes(chunk, 0, got);
			}
		} catch (e:Eof) {}
	}

	/** Writes the bytes of `s` in the given encoding (UTF-8 by default). **/
	public function writeString(s:String, ?encoding:Encoding):Void {
		var raw = Bytes.ofString(s, encoding);
		writeFullBytes(raw, 0, raw.length);
	}
}
