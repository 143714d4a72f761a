/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

import haxe.ds.List;

/**
	Writes zip archives.
**/
extern class Writer {
	/** Writes the archive to `o`. **/
	public function new(o:haxe.io.Output):Void;

	/** Writes the local header of `f`. **/
	public function writeEntryHeader(f:Entry):Void;

	/** Writes all `files` and the central directory. **/
	public function write(files:List<Entry>):Void;

	/** Writes the central directory of the entries written so far. **/
	public function writeCDR():Void;
}
