/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys;

/**
	Queries and changes to the file system: existence, metadata, renaming,
	directories. Available on targets that define `sys`.
**/
extern class FileSystem {
	/** Whether a file or directory exists at `path`. **/
	static function exists(path:String):Bool;

	/** Moves or renames `path` to `newPath`. **/
	static function rename(path:String, newPath:String):Void;

	/** Metadata of the file or directory at `path`. **/
	static function stat(path:String):FileStat;

	/** The canonical absolute path of `relPath`, with links resolved; the target must exist. **/
	static function fullPath(relPath:String):String;

	/** `relPath` made absolute against the working directory, without touching the disk. **/
	static function absolutePath(relPath:String):String;

	/** Whether `path` names a directory. **/
	static function isDirectory(path:String):Bool;

	/** Creates the directory `path`, along with any missing parents. **/
	static function createDirectory(path:String):Void;

	/** Deletes the file `path`. **/
	static function deleteFile(path:String):Void;

	/** Deletes the directory `path`, which must be empty. **/
	static function deleteDirectory(path:String):Void;

	/** The names of the entries of directory `path`, without `.` and `..`. **/
	static function readDirectory(path:String):Array<String>;
}
