/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys;

/**
	Metadata about a file, as given by `sys.FileSystem.stat`.
**/
typedef FileStat = {
	/** Owning group id. **/
	var gid:Int;

	/** Owning user id. **/
	var uid:Int;

	/** Time of last access. **/
	var atime:Date;

	/** Time of last content change. **/
	var mtime:Date;

	/** Time of last status change. **/
	var ctime:Date;

	/** Size in bytes. **/
	var size:Int;

	/** Id of the device holding the file. **/
	var dev:Int;

	/** Inode number. **/
	var ino:Int;

	/** Number of hard links. **/
	var nlink:Int;

	/** Device id, for special files. **/
	var rdev:Int;

	/** Permission and type bits. **/
	var mode:Int;
}
