/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package sys.thread;

/**
	A pool of worker threads that run submitted tasks.
**/
interface IThreadPool {
	/** How many threads the pool currently has. **/
	var threadsCount(get, never):Int;

	/** Whether `shutdown` was called. **/
	var isShutdown(get, never):Bool;

	/** Queues `task` to run on one of the threads. **/
	function run(task:() -> Void):Void;

	/** Stops accepting tasks and lets the threads finish. **/
	function shutdown():Void;
}
