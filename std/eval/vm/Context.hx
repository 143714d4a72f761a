/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package eval.vm;

/**
	Entry points of the macro interpreter (eval) itself.
**/
extern class Context {
	/** Stops at `file`:`line` when a debugger is attached. **/
	static function addBreakpoint(file:String, line:Int):Void;

	/** Stops here when a debugger is attached. **/
	static function breakHere():Void;

	/** The compiler function behind the macro API entry `s`. **/
	static function callMacroApi(s:String):Dynamic;

	/** Loads a native interpreter plugin from `filePath`. **/
	static function loadPlugin<T>(filePath:String):T;
}
