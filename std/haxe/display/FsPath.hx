/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.display;

/**
	A file system path as exchanged with the display protocol.
**/
abstract FsPath(String) {
	/** Wraps the path `path`. **/
	public inline function new(path:String) {
		this = path;
	}

	/** The path as a plain string. **/
	public inline function toString():String {
		return this;
	}
}
