/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.ssl;

/**
	Message digests and signatures computed by the TLS library.
**/
extern class Digest {
	/** The digest of `data` with algorithm `alg`. **/
	static function make(data:haxe.io.Bytes, alg:DigestAlgorithm):haxe.io.Bytes;

	/** Signs the digest of `data` with the private key `privKey`. **/
	static function sign(data:haxe.io.Bytes, privKey:Key, alg:DigestAlgorithm):haxe.io.Bytes;

	/** Whether `signature` is a valid signature of `data` for the public key `pubKey`. **/
	static function verify(data:haxe.io.Bytes, signature:haxe.io.Bytes, pubKey:Key, alg:DigestAlgorithm):Bool;
}
