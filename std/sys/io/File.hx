/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.io;

/**
	Whole-file reading and writing, and opening files as streams.
**/
extern class File {
	/** The content of the file at `path`, decoded as text. **/
	static function getContent(path:String):String;

	/** Replaces the file at `path` with the text `content`. **/
	static function saveContent(path:String, content:String):Void;

	/** The raw content of the file at `path`. **/
	static function getBytes(path:String):haxe.io.Bytes;

	/** Replaces the file at `path` with `bytes`. **/
	static function saveBytes(path:String, bytes:haxe.io.Bytes):Void;

	/** Opens `path` for reading. **/
	static function read(path:String, binary:Bool = true):FileInput;

	/** Opens `path` for writing, truncating it or creating it. **/
	static function write(path:String, binary:Bool = true):FileOutput;

	/** Opens `path` for writing at its end, creating it when missing. **/
	static function append(path:String, binary:Bool = true):FileOutput;

	/** Opens `path` for writing anywhere, keeping its content, creating it when missing. **/
	static function update(path:String, binary:Bool = true):FileOutput;

	/** Copies the file `srcPath` to `dstPath`. **/
	static function copy(srcPath:String, dstPath:String):Void;
}
