/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

import haxe.CallStack.StackItem;

/**
	Target hooks that capture stack traces and convert them to `StackItem`
	lists. Used by `haxe.Exception` and `haxe.CallStack`; not meant for
	direct use.
**/
@:dox(hide)
@:noCompletion
extern class NativeStackTrace {
	/** Remembers the stack of `exception` while it is being handled. **/
	static public function saveStack(exception:Any):Void;

	/** The current stack in the target's own form. **/
	static public function callStack():Any;

	/** The stack of the exception being handled, in the target's own form. **/
	static public function exceptionStack():Any;

	/** Converts a native stack, dropping its first `skip` frames. **/
	static public function toHaxe(nativeStackTrace:Any, skip:Int = 0):Array<StackItem>;
}
