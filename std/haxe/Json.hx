/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Conversion between Haxe values and JSON text.
**/
class Json {
	/**
		Reads the JSON document `text` into anonymous structures, arrays,
		strings, numbers, booleans and `null`. Throws on malformed input.
	**/
	public static inline function parse(text:String):Dynamic {
		return haxe.format.JsonParser.parse(text);
	}

	/**
		Writes `value` as JSON text. `replacer` may substitute each value
		before it is written; `space` turns on indentation with that string.
	**/
	public static inline function stringify(value:Dynamic, ?replacer:(key:Dynamic, value:Dynamic) -> Dynamic, ?space:String):String {
		return haxe.format.JsonPrinter.print(value, replacer, space);
	}
}
