/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

import haxe.ds.List;

/**
	Extra data attached to a zip entry.
**/
enum ExtraField {
	/** A field this library does not interpret. **/
	FUnknown(tag:Int, bytes:haxe.io.Bytes);

	/** The Info-ZIP Unicode path field. **/
	FInfoZipUnicodePath(name:String, crc:Int);

	/** The flag telling that the name is UTF-8. **/
	FUtf8;
}

/**
	One file stored in a zip archive.
**/
typedef Entry = {
	/** Path inside the archive. **/
	var fileName:String;

	/** Uncompressed size. **/
	var fileSize:Int;

	/** Modification time. **/
	var fileTime:Date;

	/** Whether `data` is still deflated. **/
	var compressed:Bool;

	/** Size of `data` as stored. **/
	var dataSize:Int;

	/** The stored content. **/
	var data:Null<haxe.io.Bytes>;

	/** CRC-32 of the uncompressed content. **/
	var crc32:Null<Int>;

	/** Extra fields, if any. **/
	var ?extraFields:List<ExtraField>;
}
