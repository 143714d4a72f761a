/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	The SHA-1 message digest (160-bit output). No longer collision resistant;
	prefer `Sha256` for new designs.
**/
class Sha1 {
	/** Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text. **/
	public static function encode(s:String):String {
		return make(Bytes.ofString(s)).toHex();
	}

	/** Digest of the bytes `b`, as 20 raw bytes. **/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes {
		return wordsToBytes(new Sha1().digest(b));
	}

	/**
		The message `b` padded as the MD5 and SHA families require (a 1 bit,
		zeros, the bit length), as 32-bit words in the given byte order.
	**/
	@:allow(haxe.crypto)
	static function pad(b:Bytes, bigEndian:Bool):Array<Int> {
		var n = b.length;
		var total = ((n + 8) >> 6) + 1;
		var words = [for (_ in 0...total * 16) 0];
		inline function put(index:Int, value:Int) {
			var shift = bigEndian ? 24 - 8 * (index & 3) : 8 * (index & 3);
			words[index >> 2] |= (value & 0xFF) << shift;
		}
		for (i in 0...n)
			put(i, b.get(i));
		put(n, 0x80);
		var bitsLow = n << 3;
		var bitsHigh = n >>> 29;
		if (bigEndian) {
			words[total * 16 - 1] = bitsLow;
			words[total * 16 - 2] = bitsHigh;
		} else {
			words[total * 16 - 2] = bitsLow;
			words[total * 16 - 1] = bitsHigh;
		}
		return words;
	}

	@:allow(haxe.crypto)
	static function wordsToBytes(words:Array<Int>):Bytes {
		var out = Bytes.alloc(words.length * 4);
		for (i in 0...words.length)
			for (j in 0...4)
				out.set(i * 4 + j, (words[i] >>> (24 - 8 * j)) & 0xFF);
		return out;
	}

	function new() {}

	inline function rotl(x:Int, n:Int):Int
		return (x << n) | (x >>> (32 - n));

	function digest(b:Bytes):Array<Int> {
		var m = pad(b, true);
		var h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
		var w = [for (_ in 0...80) 0];
		var block = 0;
		while (block < m.length) {
			for (t in 0...80)
				w[t] = t < 16 ? m[block + t] : rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
			var a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
			for (t in 0...80) {
				var f:Int, k:Int;
				if (t < 20) {
					f = (bb & c) | (~bb & d);
					k = 0x5A827999;
				} else if (t < 40) {
					f = bb ^ c ^ d;
					k = 0x6ED9EBA1;
				} else if (t < 60) {
					f = (bb & c) | (bb & d) | (c & d);
					k = 0x8F1BBCDC;
				} else {
					f = bb ^ c ^ d;
					k = 0xCA62C1D6;
				}
				var tmp = rotl(a, 5) + f + e + k + w[t];
				e = d;
				d = c;
				c = rotl(bb, 30);
				bb = a;
				a = tmp;
			}
			h[0] += a;
			h[1] += bb;
			h[2] += c;
			h[3] += d;
			h[4] += e;
			block += 16;
		}
		return h;
	}
}
