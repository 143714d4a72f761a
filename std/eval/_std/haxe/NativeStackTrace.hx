/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

import haxe.CallStack.StackItem;

/**
	Stack capture hooks for the macro interpreter (eval). The interpreter
	supplies the frames itself; these bodies are placeholders it replaces.
**/
@:dox(hide)
@:noCompletion
class NativeStackTrace {
	/** Nothing to do: the interpreter keeps exception stacks itself. **/
	@:ifFeature('haxe.NativeStackTrace.exceptionStack')
	static public inline function saveStack(exception:Any):Void {}

	/** The frames active at the call. **/
	static public function callStack():Array<StackItem> {
		return _callStack();
	}

	static function _callStack():Array<StackItem> {
		return null;
	}

	/** The frames of the exception being handled. **/
	static public function exceptionStack():Array<StackItem> {
		return null;
	}

	/** `stack` without its first `skip` frames. **/
	static public inline function toHaxe(stack:Array<StackItem>, skip:Int = 0):Array<StackItem> {
		return skip <= 0 ? stack : stack.slice(skip);
	}
}
