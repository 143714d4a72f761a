/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.exceptions;

/**
	Signals that a feature has no implementation (yet, or on this target).
**/
class NotImplementedException extends PosException {
	/** Makes the exception with an optional custom `message`. **/
	public function new(message:String = 'Not implemented', ?previous:Exception, ?pos:PosInfos):Void {
		super(message, previous, pos);
	}
}
