/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The Adler-32 checksum used by the zlib format.
**/
class Adler32 {
	var a1:Int;
	var a2:Int;

	/** Starts a new checksum. **/
	public function new() {
		a1 = 1;
		a2 = 0;
	}

	/** The checksum of everything fed so far. **/
	public function get():Int {
		return (a2 << 16) | a1;
	}

	/** Feeds `len` bytes of `b` from `pos`. **/
	public function update(b:haxe.io.Bytes, pos:Int, len:Int):Void {
		for (i in pos...pos + len) {
			a1 = (a1 + b.get(i)) % 65521;
			a2 = (a2 + a1) % 65521;
		}
	}

	/** Whether `a` holds the same checksum. **/
	public function equals(a:Adler32):Bool {
		return a.a1 == a1 && a.a2 == a2;
	}

	/** The checksum in hexadecimal (the two halves, high first). **/
	public function toString():String {
		return StringTools.hex(a2, 8) + StringTools.hex(a1, 8);
	}

	/** Reads a stored checksum (four big-endian bytes) from `i`. **/
	public static function read(i:haxe.io.Input):Adler32 {
		var c = new Adler32();
		var b1 = i.readByte();
		var b2 = i.readByte();
		var b3 = i.readByte();
		var b4 = i.readByte();
		c.a2 = (b1 << 8) | b2;
		c.a1 = (b3 << 8) | b4;
		return c;
	}

	/** The checksum of `b`. **/
	public static function make(b:haxe.io.Bytes):Int {
		var c = new Adler32();
		c.update(b, 0, b.length);
		return c.get();
	}
}
