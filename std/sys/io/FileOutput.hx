/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.io;

/**
	A file opened for writing; obtained from `sys.io.File.write` and friends.
**/
extern class FileOutput extends haxe.io.Output {
	/** Moves the write position to `p`, relative to `pos`. **/
	function seek(p:Int, pos:FileSeek):Void;

	/** The current write position. **/
	function tell():Int;
}
