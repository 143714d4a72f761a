/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.exceptions;

/**
	Signals that a function received an unacceptable argument.
**/
class ArgumentException extends PosException {
	/** The name of the offending argument. **/
	public final argument:String;

	/** Makes the exception for `argument`, with an optional `message`. **/
	public function new(argument:String, ?message:String, ?previous:Exception, ?pos:PosInfos):Void {
		super(message == null ? 'Invalid argument "$argument"' : message, previous, pos);
		this.argument = argument;
	}
}
