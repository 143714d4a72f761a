/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Runs the event loop after `main`. When a program uses `haxe.MainLoop`,
	the compiler appends a call to `EntryPoint.run` to the main function.
	This version has no threads: "background" work runs on the main loop.
**/
class EntryPoint {
	static var pending = new Array<Void->Void>();

	/** The number of background jobs still running. **/
	public static var threadCount(default, null):Int = 0;

	/** Wakes up a sleeping `run`; nothing to do without threads. **/
	public static function wakeup():Void {}

	/** Schedules `f` to run on the main loop. **/
	public static function runInMainThread(f:Void->Void):Void {
		pending.push(f);
	}

	/** Schedules `f` as a background job (run on the main loop here). **/
	public static function addThread(f:Void->Void):Void {
		threadCount++;
		pending.push(function() {
			f();
			threadCount--;
		});
	}

	static function processEvents():Float {
		while (pending.length > 0) {
			var jobs = pending;
			pending = [];
			for (job in jobs)
				job();
		}
		var wait = @:privateAccess MainLoop.tick();
		return MainLoop.hasEvents() || threadCount > 0 ? wait : -1;
	}

	/** Runs pending jobs and main loop events until there are none left. **/
	@:keep public static function run():Void {
		while (true) {
			var wait = processEvents();
			if (wait < 0)
				break;
			if (wait > 0)
				Sys.sleep(wait);
		}
	}
}
