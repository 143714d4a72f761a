/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

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
extern class Hmac {
	/** Prepares an HMAC over the digest `hashMethod`. **/
	public function new(hashMethod:HashMethod):Void;

	/** The authentication code of `msg` under `key`. **/
	public function make(key:haxe.io.Bytes, msg:haxe.io.Bytes):haxe.io.Bytes;
}
