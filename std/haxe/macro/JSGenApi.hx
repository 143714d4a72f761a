/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.macro;

import haxe.macro.Type;

/**
	What a custom JavaScript generator (see
	`haxe.macro.Compiler.setCustomJSGenerator`) receives from the compiler.
**/
typedef JSGenApi = {
	/** The file to write. **/
	var outputFile:String;

	/** Every type to generate. **/
	var types:Array<Type>;

	/** The call of the main function, if there is one. **/
	var main:Null<TypedExpr>;

	/** JavaScript for `e` used as a statement. **/
	function generateStatement(e:TypedExpr):String;

	/** JavaScript for `e` used as a value. **/
	function generateValue(e:TypedExpr):String;

	/** Sets how references to types are written. **/
	function setTypeAccessor(callb:Type->String):Void;

	/** Whether `ident` is reserved in JavaScript. **/
	function isKeyword(ident:String):Bool;

	/** Marks feature `f` as used; tells whether it was already. **/
	function addFeature(f:String):Bool;

	/** Whether feature `f` is used. **/
	function hasFeature(f:String):Bool;

	/** `s` as a JavaScript string literal. **/
	function quoteString(s:String):String;

	/** The runtime metadata object of `t`, if it has any. **/
	function buildMetaData(t:BaseType):Null<TypedExpr>;

	/** Tells the generator which class is being written. **/
	function setCurrentClass(c:ClassType):Void;
}
