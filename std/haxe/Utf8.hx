/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Helpers for strings holding UTF-8 data on targets whose strings are
	bytes. Superseded by `UnicodeString`.
**/
@:deprecated('haxe.Utf8 is deprecated. Use UnicodeString instead.')
extern class Utf8 {
	/** Starts an empty UTF-8 buffer, optionally sized for `size` characters. **/
	public function new(?size:Int):Void;

	/** Appends the code point `c`. **/
	public function addChar(c:Int):Void;

	/** The accumulated text. **/
	public function toString():String;

	/** Calls `chars` with each code point of `s`. **/
	public static function iter(s:String, chars:Int->Void):Void;

	/** Re-encodes ISO-8859-1 text `s` as UTF-8. **/
	public static function encode(s:String):String;

	/** Re-encodes UTF-8 text `s` as ISO-8859-1. **/
	public static function decode(s:String):String;

	/** The code point at character position `index`. **/
	public static function charCodeAt(s:String, index:Int):Int;

	/** Whether `s` is well-formed UTF-8. **/
	public static function validate(s:String):Bool;

	/** Number of code points in `s`. **/
	public static function length(s:String):Int;

	/** Orders two strings by code point. **/
	public static function compare(a:String, b:String):Int;

	/** `len` code points of `s` starting at code point `pos`. **/
	public static function sub(s:String, pos:Int, len:Int):String;
}
