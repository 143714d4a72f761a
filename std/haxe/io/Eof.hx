/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Thrown by input streams when a read goes past the last available byte.
**/
class Eof {
	/** Makes the end-of-stream marker. **/
	public function new() {}

	@:keep
	function toString():String {
		return "Eof";
	}
}
