/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	A compiled regular expression. The literal `~/pattern/flags` makes one.
	Matching methods remember the last successful match, which the
	`matched*` accessors then describe.
**/
extern class EReg {
	/**
		Compiles pattern `r` with the flags in `opt`: `i` ignore case,
		`g` global (for `replace` and `split`), `m` multi-line anchors,
		`s` dot matches newlines, `u` UTF-8 mode.
	**/
	public function new(r:String, opt:String):Void;

	/**
		Searches `s` for the pattern and remembers the match; tells whether
		one was found.
	**/
	public function match(s:String):Bool;

	/**
		The text captured by group `n` of the last match, `0` being the whole
		match. Throws when there is no such group.
	**/
	public function matched(n:Int):String;

	/**
		The part of the searched string before the last match.
	**/
	public function matchedLeft():String;

	/**
		The part of the searched string after the last match.
	**/
	public function matchedRight():String;

	/**
		Where the last match starts and how long it is.
	**/
	public function matchedPos():{pos:Int, len:Int};

	/**
		Like `match`, but looks only inside `s` from `pos` for `len`
		characters (to the end when `len` is negative).
	**/
	public function matchSub(s:String, pos:Int, len:Int = -1):Bool;

	/**
		Cuts `s` at the matches: only at the first one unless the `g` flag
		was given.
	**/
	public function split(s:String):Array<String>;

	/**
		Substitutes `by` for the first match (every match with `g`). In
		`by`, `$1`..`$9` insert groups and `$$` a dollar sign.
	**/
	public function replace(s:String, by:String):String;

	/**
		Substitutes for every match of `s` whatever `f` returns; `f`
		receives this object, positioned on the current match.
	**/
	public function map(s:String, f:EReg->String):String;

	/**
		Backslash-escapes the characters of `s` that have a meaning in
		patterns, so it matches literally.
	**/
	public static function escape(s:String):String;
}
