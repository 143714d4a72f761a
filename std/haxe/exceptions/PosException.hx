/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.exceptions;

/**
	An exception that remembers the source position where it was created.
**/
class PosException extends Exception {
	/** Where the exception was made. **/
	public final posInfos:PosInfos;

	/** Makes the exception; `pos` is filled in by the compiler. **/
	public function new(message:String, ?previous:Exception, ?pos:PosInfos):Void {
		super(message, previous);
		posInfos = pos == null ? {fileName: "(unknown)", lineNumber: 0, className: "(unknown)", methodName: "(unknown)"} : pos;
	}

	/** The message followed by the position. **/
	override function toString():String {
		return '${super.toString()} in ${posInfos.className}.${posInfos.methodName} at ${posInfos.fileName}:${posInfos.lineNumber}';
	}
}
