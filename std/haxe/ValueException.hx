/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Carries an arbitrary thrown value that is not itself an `Exception`, so
	that `throw "oops"` can still be caught as an `Exception`.
**/
class ValueException extends Exception {
	/**
		The value that was originally thrown.
	**/
	public var value(default, null):Any;

	/**
		Wraps `value`; its text form becomes the message.
	**/
	public function new(value:Any, ?previous:Exception, ?native:Any):Void {
		super(Std.string(value), previous, native);
		this.value = value;
	}

	override function unwrap():Any {
		return value;
	}
}
