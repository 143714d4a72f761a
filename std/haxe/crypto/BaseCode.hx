/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	Encoding of bytes with any alphabet whose size is a power of two (2, 4,
	..., 256), such as hexadecimal or Base32. Bits are taken most significant
	first; no padding is added.
**/
class BaseCode {
	var base:Bytes;
	var nbits:Int;

	/** Uses the bytes of `base` as the alphabet. **/
	public function new(base:haxe.io.Bytes) {
		var size = base.length;
		var bits = 1;
		while (size > (1 << bits))
			bits++;
		if (bits > 8 || size != (1 << bits))
			throw "BaseCode : base length must be a power of two.";
		this.base = base;
		nbits = bits;
	}

	/** Encodes `b` with this alphabet. **/
	public function encodeBytes(b:haxe.io.Bytes):haxe.io.Bytes {
		var out = new haxe.io.BytesBuffer();
		var acc = 0;
		var held = 0;
		var mask = (1 << nbits) - 1;
		for (i in 0...b.length) {
			acc = ((acc << 8) | b.get(i)) & 0xFFFF;
			held += 8;
			while (held >= nbits) {
				held -= nbits;
				out.addByte(base.get((acc >> held) & mask));
			}
		}
		if (held > 0)
			out.addByte(base.get((acc << (nbits - held)) & mask));
		return out.getBytes();
	}

	/** Decodes `b` written in this alphabet; throws on foreign characters. **/
	public function decodeBytes(b:haxe.io.Bytes):haxe.io.Bytes {
		var lookup = [for (_ in 0...256) -1];
		for (i in 0...base.length)
			lookup[base.get(i)] = i;
		var out = new haxe.io.BytesBuffer();
		var acc = 0;
		var held = 0;
		for (i in 0...b.length) {
			var v = lookup[b.get(i)];
			if (v < 0)
				throw "BaseCode : invalid encoded char";
			acc = ((acc << nbits) | v) & 0xFFFF;
			held += nbits;
			if (held >= 8) {
				held -= 8;
				out.addByte((acc >> held) & 0xFF);
			}
		}
		return out.getBytes();
	}

	/** Encodes the UTF-8 bytes of `s`. **/
	public function encodeString(s:String):String {
		return encodeBytes(Bytes.ofString(s)).toString();
	}

	/** Decodes `s` and reads the result as UTF-8. **/
	public function decodeString(s:String):String {
		return decodeBytes(Bytes.ofString(s)).toString();
	}

	/** Encodes text `s` with the alphabet `base`. **/
	public static function encode(s:String, base:String):String {
		return new BaseCode(Bytes.ofString(base)).encodeString(s);
	}

	/** Decodes text `s` written in the alphabet `base`. **/
	public static function decode(s:String, base:String):String {
		return new BaseCode(Bytes.ofString(base)).decodeString(s);
	}
}
