/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.zip;

/**
	Deflate compression (zlib format), where the target provides it.
**/
extern class Compress {
	/** Starts a compressor at `level`, from 0 (none) to 9 (smallest). **/
	public function new(level:Int):Void;

	/** Compresses from `src` at `srcPos` into `dst` at `dstPos`, telling how much was consumed and produced. **/
	public function execute(src:haxe.io.Bytes, srcPos:Int, dst:haxe.io.Bytes, dstPos:Int):{done:Bool, read:Int, write:Int};

	/** Chooses how output is flushed. **/
	public function setFlushMode(f:FlushMode):Void;

	/** Releases the compressor. **/
	public function close():Void;

	/** Compresses all of `s` at `level`. **/
	public static function run(s:haxe.io.Bytes, level:Int):haxe.io.Bytes;
}
