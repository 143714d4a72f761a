/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.ssl;

/**
	A public or private key for TLS and signatures.
**/
extern class Key {
	/** Loads a key from `file`; `pass` decrypts a protected private key. **/
	static function loadFile(file:String, ?isPublic:Bool, ?pass:String):Key;

	/** Reads a PEM-encoded key. **/
	static function readPEM(data:String, isPublic:Bool, ?pass:String):Key;

	/** Reads a DER-encoded key. **/
	static function readDER(data:haxe.io.Bytes, isPublic:Bool):Key;
}
