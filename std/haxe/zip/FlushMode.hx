/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

/**
	How much pending output a compressor or decompressor should push out.
**/
enum FlushMode {
	/** Nothing extra. **/
	NO;

	/** Everything so far, aligned to a byte boundary. **/
	SYNC;

	/** Everything, resetting the compression state. **/
	FULL;

	/** Everything, ending the stream. **/
	FINISH;

	/** Up to the end of the current block. **/
	BLOCK;
}
