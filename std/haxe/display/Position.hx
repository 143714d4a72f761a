/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.display;

/**
	A place in a text document: a line and a character within it, both
	counted from zero.
**/
typedef Position = {
	/** Line, from 0. **/
	var line:Int;

	/** Character within the line, from 0. **/
	var character:Int;
}

/**
	A stretch of a text document, from `start` up to `end`.
**/
typedef Range = {
	/** Where the range begins. **/
	var start:Position;

	/** Where the range stops (exclusive). **/
	var end:Position;
}

/**
	A range within a particular file.
**/
typedef Location = {
	/** The file. **/
	var file:FsPath;

	/** The range within it. **/
	var range:Range;
}
