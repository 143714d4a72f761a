/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	The MD5 message digest (RFC 1321, 128-bit output). Broken for security
	purposes; use it only for checksums and cache keys.
**/
class Md5 {
	/** Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text. **/
	public static function encode(s:String):String {
		return make(Bytes.ofString(s)).toHex();
	}

	/** Digest of the bytes `b`, as 16 raw bytes. **/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes {
		var words = new Md5().digest(b);
		var out = Bytes.alloc(16);
		for (i in 0...4)
			for (j in 0...4)
				out.set(i * 4 + j, (words[i] >>> (8 * j)) & 0xFF);
		return out;
	}

	static final SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

	/** The per-step constants: the integer part of |sin(i + 1)| * 2^32. **/
	static function sineTable():Array<Int> {
		return [
			for (i in 0...64) {
				var v = Math.ffloor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
				v >= 2147483648.0 ? Std.int(v - 4294967296.0) : Std.int(v);
			}
		];
	}

	function new() {}

	inline function rotl(x:Int, n:Int):Int
		return (x << n) | (x >>> (32 - n));

	function digest(b:Bytes):Array<Int> {
		var k = sineTable();
		var padded = Sha1.pad(b, false);
		var h0 = 0x67452301, h1 = 0xEFCDAB89, h2 = 0x98BADCFE, h3 = 0x10325476;
		var blockStart = 0;
		while (blockStart < padded.length) {
			var m = [for (i in 0...16) padded[blockStart + i]];
			var a = h0, bb = h1, c = h2, d = h3;
			for (i in 0...64) {
				var f:Int, g:Int;
				switch (i >> 4) {
					case 0:
						f = (bb & c) | (~bb & d);
						g = i;
					case 1:
						f = (d & bb) | (~d & c);
						g = (5 * i + 1) & 15;
					case 2:
						f = bb ^ c ^ d;
						g = (3 * i + 5) & 15;
					default:
						f = c ^ (bb | ~d);
						g = (7 * i) & 15;
				}
				var next = d;
				d = c;
				c = bb;
				bb = bb + rotl(a + f + k[i] + m[g], SHIFTS[((i >> 4) << 2) + (i & 3)]);
				a = next;
			}
			h0 += a;
			h1 += bb;
			h2 += c;
			h3 += d;
			blockStart += 16;
		}
		return [h0, h1, h2, h3];
	}
}
