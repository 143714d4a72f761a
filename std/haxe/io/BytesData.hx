/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	The target's native storage behind `Bytes`. Without a specific target it
	is an array holding one byte value per element.
**/
typedef BytesData = Array<Int>;
