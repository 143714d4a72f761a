/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

/**
	Inflation of deflate/zlib data.
**/
extern class Uncompress {
	/** Starts a decompressor; `windowBits` selects the format as in zlib. **/
	public function new(?windowBits:Int):Void;

	/** Decompresses from `src` at `srcPos` into `dst` at `dstPos`, telling how much was consumed and produced. **/
	public function execute(src:haxe.io.Bytes, srcPos:Int, dst:haxe.io.Bytes, dstPos:Int):{done:Bool, read:Int, write:Int};

	/** Chooses how output is flushed. **/
	public function setFlushMode(f:FlushMode):Void;

	/** Releases the decompressor. **/
	public function close():Void;

	/** Decompresses all of `src`, growing the output by `bufsize` steps. **/
	public static function run(src:haxe.io.Bytes, ?bufsize:Int):haxe.io.Bytes;
}
