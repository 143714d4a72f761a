/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.io;

/**
	Reads the UTF-8 bytes of a string.
**/
class StringInput extends BytesInput {
	/** Reads from the text `s`. **/
	public function new(s:String) {
		super(Bytes.ofString(s));
	}
}
