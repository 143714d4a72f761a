/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.format;

/**
	A JSON writer written in Haxe. `haxe.Json.stringify` uses it where the
	target has no native serializer.
**/
extern class JsonPrinter {
	/**
		Writes `o` as JSON text. `replacer` may substitute each value before
		it is written; `space` turns on indentation with that string.
	**/
	static public function print(o:Dynamic, ?replacer:(key:Dynamic, value:Dynamic) -> Dynamic, ?space:String):String;
}
