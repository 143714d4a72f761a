/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	How characters are turned into bytes and back.
**/
enum Encoding {
	/** Unicode text as UTF-8 bytes. **/
	UTF8;

	/** Whatever internal representation the target uses for strings, byte for byte. **/
	RawNative;
}
