/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Source location of a call. An optional trailing argument of this type is
	filled in by the compiler with the caller's position, which is how
	`trace` knows where it was called from.
**/
typedef PosInfos = {
	/** Source file, relative to its class path. **/
	var fileName:String;

	/** Line number, starting at 1. **/
	var lineNumber:Int;

	/** Name of the enclosing class. **/
	var className:String;

	/** Name of the enclosing method. **/
	var methodName:String;

	/** Extra values passed along, as with the additional arguments of `trace`. **/
	var ?customParams:Array<Dynamic>;
}
