/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.ssl;

/**
	The digest algorithms `Digest` understands.
**/
enum abstract DigestAlgorithm(String) to String {
	/** MD5. **/
	var MD5 = "MD5";

	/** SHA-1. **/
	var SHA1 = "SHA1";

	/** SHA-224. **/
	var SHA224 = "SHA224";

	/** SHA-256. **/
	var SHA256 = "SHA256";

	/** SHA-384. **/
	var SHA384 = "SHA384";

	/** SHA-512. **/
	var SHA512 = "SHA512";

	/** RIPEMD-160. **/
	var RIPEMD160 = "RIPEMD160";
}
