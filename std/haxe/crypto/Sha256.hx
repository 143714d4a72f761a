/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	The SHA-256 message digest (FIPS 180-4, 256-bit output).
**/
class Sha256 {
	/** Digest of the UTF-8 bytes of `s`, as lower-case hexadecimal text. **/
	public static function encode(s:String):String {
		return make(Bytes.ofString(s)).toHex();
	}

	/** Digest of the bytes `b`, as 32 raw bytes. **/
	public static function make(b:haxe.io.Bytes):haxe.io.Bytes {
		return Sha1.wordsToBytes(Sha256.compress(b, [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19]).slice(0, 8));
	}

	/** First 32 bits of the fractional parts of the cube roots of the first 64 primes. **/
	static final K = [
		0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5, 0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3,
		0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174, 0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
		0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967, 0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13,
		0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85, 0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
		0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3, 0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208,
		0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2
	];

	static inline function rotr(x:Int, n:Int):Int
		return (x >>> n) | (x << (32 - n));

	/** Runs the SHA-256 compression over the padded message, from state \`h\`. **/
	@:allow(haxe.crypto)
	static function compress(b:Bytes, h:Array<Int>):Array<Int> {
		var m = Sha1.pad(b, true);
		var w = [for (_ in 0...64) 0];
		var block = 0;
		while (block < m.length) {
			for (t in 0...64) {
				if (t < 16)
					w[t] = m[block + t];
				else {
					var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
					var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
					w[t] = w[t - 16] + s0 + w[t - 7] + s1;
				}
			}
			var a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
			for (t in 0...64) {
				var t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
				var t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
				hh = g;
				g = f;
				f = e;
				e = d + t1;
				d = c;
				c = bb;
				bb = a;
				a = t1 + t2;
			}
			h[0] += a;
			h[1] += bb;
			h[2] += c;
			h[3] += d;
			h[4] += e;
			h[5] += f;
			h[6] += g;
			h[7] += hh;
			block += 16;
		}
		return h;
	}
}
