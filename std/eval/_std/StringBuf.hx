/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Accumulates text piece by piece. In the macro interpreter (eval) the
	buffer is native, so this is a declaration only.
**/
@:coreApi
extern class StringBuf {
	/** How many characters have been collected so far. **/
	var length(get, never):Int;

	/** Starts with no text. **/
	function new():Void;

	private function get_length():Int;

	/** Appends the text form of `x`. **/
	function add<T>(x:T):Void;

	/** Appends the character whose code is `c`. **/
	function addChar(c:Int):Void;

	/** Appends `len` characters of `s` from `pos`, or all the rest. **/
	function addSub(s:String, pos:Int, ?len:Int):Void;

	/** Everything collected so far. **/
	function toString():String;
}
