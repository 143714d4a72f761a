/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.thread;

import haxe.Exception;

/**
	Raised by thread pools, for example when a task is submitted after
	shutdown.
**/
class ThreadPoolException extends Exception {}
