/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

/**
	The CRC-32 checksum (IEEE polynomial, as used by zip and PNG), computed
	incrementally or in one call.
**/
class Crc32 {
	var crc:Int;

	/** Starts a new checksum. **/
	public inline function new() {
		crc = 0xFFFFFFFF;
	}

	/** Feeds one byte. **/
	public inline function byte(b:Int):Void {
		var c = (crc ^ b) & 0xFF;
		for (_ in 0...8)
			c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
		crc = (crc >>> 8) ^ c;
	}

	/** Feeds `len` bytes of `b` from `pos`. **/
	public inline function update(b:haxe.io.Bytes, pos:Int, len:Int):Void {
		for (i in pos...pos + len)
			byte(b.get(i));
	}

	/** The checksum of everything fed so far. **/
	public inline function get():Int {
		return crc ^ 0xFFFFFFFF;
	}

	/** The checksum of `data`. **/
	public static function make(data:haxe.io.Bytes):Int {
		var c = new Crc32();
		c.update(data, 0, data.length);
		return c.get();
	}
}
