/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.io;

/**
	The reference point of a seek.
**/
enum FileSeek {
	/** From the start of the file. **/
	SeekBegin;

	/** From the current position. **/
	SeekCur;

	/** From the end of the file. **/
	SeekEnd;
}
