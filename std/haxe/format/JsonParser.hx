/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.format;

/**
	A JSON reader written in Haxe. `haxe.Json.parse` uses it where the target
	has no native parser.
**/
extern class JsonParser {
	/**
		Reads the JSON document `str`; throws on malformed input.
	**/
	static public inline function parse(str:String):Dynamic {
		return new JsonParser(str).doParse();
	}

	private function new(str:String):Void;

	private function doParse():Dynamic;
}
