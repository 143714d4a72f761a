/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	An immutable sequence of characters. Every method returns a new string
	instead of changing the receiver. Literals written in quotes have this type.
**/
extern class String {
	/**
		How many code units the string holds.
	**/
	var length(default, null):Int;

	/**
		Makes a string with the same characters as `string`.
	**/
	function new(string:String):Void;

	/**
		Gives a copy in which lower-case letters became upper-case.
	**/
	function toUpperCase():String;

	/**
		Gives a copy in which upper-case letters became lower-case.
	**/
	function toLowerCase():String;

	/**
		The one-character string found at `index`, or `""` when `index` lies
		outside the string.
	**/
	function charAt(index:Int):String;

	/**
		The numeric code of the character at `index`, or `null` when `index`
		lies outside the string.
	**/
	function charCodeAt(index:Int):Null<Int>;

	/**
		Where `str` first appears, scanning forward from `startIndex` (or from
		the start); `-1` when it never does.
	**/
	function indexOf(str:String, ?startIndex:Int):Int;

	/**
		Where `str` last appears, scanning backward from `startIndex` (or from
		the end); `-1` when it never does.
	**/
	function lastIndexOf(str:String, ?startIndex:Int):Int;

	/**
		Cuts the string at each occurrence of `delimiter` and returns the
		pieces. An empty delimiter yields one piece per character.
	**/
	function split(delimiter:String):Array<String>;

	/**
		Takes `len` characters beginning at `pos`; without `len`, takes
		everything to the end. A negative `pos` counts from the end.
	**/
	function substr(pos:Int, ?len:Int):String;

	/**
		Takes the characters from `startIndex` up to, not including,
		`endIndex` (or the end). Negative bounds are treated as zero.
	**/
	function substring(startIndex:Int, ?endIndex:Int):String;

	/**
		Gives the string itself.
	**/
	function toString():String;

	/**
		Builds a one-character string from the character code `code`.
	**/
	@:pure static function fromCharCode(code:Int):String;
}
