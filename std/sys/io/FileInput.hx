/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.io;

/**
	A file opened for reading; obtained from `sys.io.File.read`.
**/
extern class FileInput extends haxe.io.Input {
	/** Moves the read position to `p`, relative to `pos`. **/
	function seek(p:Int, pos:FileSeek):Void;

	/** The current read position. **/
	function tell():Int;

	/** Whether the end of the file was reached. **/
	function eof():Bool;
}
