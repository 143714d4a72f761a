/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	The root of Haxe's exception hierarchy, as implemented for the macro
	interpreter (eval). The interpreter reads the `__` fields directly.
**/
@:coreApi
class Exception {
	/** A human-readable explanation of what went wrong. **/
	public var message(get, never):String;

	/** Where the exception was raised. **/
	public var stack(get, never):CallStack;

	/** The exception being handled when this one was raised, if any. **/
	public var previous(get, never):Null<Exception>;

	/** The value the interpreter actually throws. **/
	public var native(get, never):Any;

	@:noCompletion var __exceptionMessage:String;
	@:noCompletion var __exceptionStack:Null<CallStack>;
	@:noCompletion var __nativeStack:CallStack;
	@:noCompletion @:ifFeature("haxe.Exception.get_stack") var __skipStack:Int = 0;
	@:noCompletion var __nativeException:Any;
	@:noCompletion var __previousException:Null<Exception>;

	static function caught(value:Any):Exception {
		return Std.isOfType(value, Exception) ? (value : Exception) : new ValueException(value, null, value);
	}

	static function thrown(value:Any):Any {
		if (Std.isOfType(value, Exception))
			return (value : Exception).native;
		var wrapped = new ValueException(value);
		wrapped.__shiftStack();
		return wrapped;
	}

	/**
		Makes an exception carrying `message`, optionally chained to
		`previous` and bound to a `native` value.
	**/
	public function new(message:String, ?previous:Exception, ?native:Any) {
		__exceptionMessage = message;
		__previousException = previous;
		var own = native == null;
		__nativeStack = own ? NativeStackTrace.callStack() : NativeStackTrace.exceptionStack();
		__nativeException = own ? this : native;
	}

	function unwrap():Any {
		return __nativeException;
	}

	/** The message. **/
	@:ifFeature("haxe.Exception.thrown")
	public function toString():String {
		return message;
	}

	/** The message, the stack and the chain of earlier exceptions. **/
	public function details():String {
		var out = "Exception: " + message + CallStack.toString(stack);
		var earlier = previous;
		while (earlier != null) {
			out = "Exception: " + earlier.message + CallStack.toString(earlier.stack) + "\n\nNext " + out;
			earlier = earlier.previous;
		}
		return out;
	}

	@:noCompletion
	@:ifFeature("haxe.Exception.get_stack")
	inline function __shiftStack():Void {
		__skipStack = __skipStack + 1;
	}

	function get_message():String {
		return __exceptionMessage;
	}

	function get_previous():Null<Exception> {
		return __previousException;
	}

	final function get_native():Any {
		return __nativeException;
	}

	function get_stack():CallStack {
		if (__exceptionStack == null) {
			var all:Array<CallStack.StackItem> = cast __nativeStack;
			__exceptionStack = (__skipStack > 0 && all != null) ? all.slice(__skipStack) : __nativeStack;
		}
		return __exceptionStack;
	}
}
