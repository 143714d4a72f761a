/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

import haxe.ds.List;

/**
	Reads zip archives.
**/
extern class Reader {
	/** Reads the archive from `i`. **/
	public function new(i:haxe.io.Input):Void;

	/** Reads the header of the next entry. **/
	public function readEntryHeader():Entry;

	/** Reads every entry. **/
	public function read():List<Entry>;

	/** Reads every entry of the archive in `i`. **/
	public static function readZip(i:haxe.io.Input):List<Entry>;

	/** The uncompressed content of `f`, inflating it when needed. **/
	public static function unzip(f:Entry):Null<haxe.io.Bytes>;
}
