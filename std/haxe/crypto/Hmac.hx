/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	The digest functions an `Hmac` can be built on.
**/
enum HashMethod {
	/** MD5. **/
	MD5;

	/** SHA-1. **/
	SHA1;

	/** SHA-256. **/
	SHA256;
}

/**
	Keyed-hash message authentication codes (RFC 2104).
**/
class Hmac {
	var method:HashMethod;
	var blockSize:Int;
	var length:Int;

	/** Prepares an HMAC over the digest `hashMethod`. **/
	public function new(hashMethod:HashMethod) {
		method = hashMethod;
		blockSize = 64;
		length = switch (hashMethod) {
			case MD5: 16;
			case SHA1: 20;
			case SHA256: 32;
		}
	}

	inline function doHash(b:haxe.io.Bytes):haxe.io.Bytes {
		return switch (method) {
			case MD5: Md5.make(b);
			case SHA1: Sha1.make(b);
			case SHA256: Sha256.make(b);
		}
	}

	/** The authentication code of `msg` under `key`. **/
	public function make(key:haxe.io.Bytes, msg:haxe.io.Bytes):haxe.io.Bytes {
		var k = key.length > blockSize ? doHash(key) : key;
		var inner = new haxe.io.BytesBuffer();
		var outer = new haxe.io.BytesBuffer();
		for (i in 0...blockSize) {
			var kb = i < k.length ? k.get(i) : 0;
			inner.addByte(kb ^ 0x36);
			outer.addByte(kb ^ 0x5C);
		}
		inner.add(msg);
		outer.add(doHash(inner.getBytes()));
		return doHash(outer.getBytes());
	}
}
