/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.thread;

import haxe.Exception;

/**
	Raised when code needs the current thread's event loop and the thread
	has none.
**/
class NoEventLoopException extends Exception {
	/** Makes the exception, with a default explanation. **/
	public function new(msg:String = 'Event loop is not available. Refer to sys.thread.Thread.runWithEventLoop.', ?previous:Exception) {
		super(msg, previous);
	}
}
