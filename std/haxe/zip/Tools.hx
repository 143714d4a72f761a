/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

/**
	In-place compression of zip entries.
**/
extern class Tools {
	/** Deflates the data of `f` at `level`, unless already compressed. **/
	public static function compress(f:Entry, level:Int):Void;

	/** Inflates the data of `f`, if compressed. **/
	public static function uncompress(f:Entry):Void;
}
