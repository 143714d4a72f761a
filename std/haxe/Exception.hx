/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	The root of Haxe's exception hierarchy. Throwing a value that is not an
	`Exception` wraps it in a `ValueException`, and `catch (e:Exception)`
	catches everything.
**/
extern class Exception {
	/**
		A human-readable explanation of what went wrong.
	**/
	public var message(get, never):String;

	private function get_message():String;

	/**
		Where the exception was raised, as far as the target can tell.
	**/
	public var stack(get, never):CallStack;

	private function get_stack():CallStack;

	/**
		The exception that was being handled when this one was raised, if any.
	**/
	public var previous(get, never):Null<Exception>;

	private function get_previous():Null<Exception>;

	/**
		The target-level object that was actually thrown.
	**/
	public var native(get, never):Any;

	final private function get_native():Any;

	static private function caught(value:Any):Exception;

	static private function thrown(value:Any):Any;

	/**
		Makes an exception carrying `message`, optionally chained to the
		`previous` one and bound to a `native` target exception.
	**/
	public function new(message:String, ?previous:Exception, ?native:Any):Void;

	private function unwrap():Any;

	/**
		The message, suitable for printing.
	**/
	public function toString():String;

	/**
		A longer, multi-line report that also includes the stack and every earlier exception this one wraps.
	**/
	public function details():String;
}
