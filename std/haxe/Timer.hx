/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Runs code repeatedly at a fixed interval, or once after a delay. Ticks are
	delivered by `haxe.MainLoop`, so they only happen while the event loop
	runs (after `main` returns).
**/
class Timer {
	var event:MainLoop.MainEvent;

	/**
		Starts a timer that calls `run` every `time_ms` milliseconds until
		`stop` is called.
	**/
	public function new(time_ms:Int) {
		var interval = time_ms / 1000;
		event = MainLoop.add(function() {
			@:privateAccess event.nextRun += interval;
			run();
		});
		event.delay(interval);
	}

	/**
		Cancels the timer; `run` is not called again.
	**/
	public function stop():Void {
		if (event != null) {
			event.stop();
			event = null;
		}
	}

	/**
		What the timer does on each tick. Assign a function to it.
	**/
	public dynamic function run():Void {}

	/**
		Calls `f` once, `time_ms` milliseconds from now, and gives back the
		timer so it can be cancelled.
	**/
	public static function delay(f:Void->Void, time_ms:Int):Timer {
		var t = new Timer(time_ms);
		t.run = function() {
			t.stop();
			f();
		};
		return t;
	}

	/**
		Calls `f`, traces how long it took in seconds, and returns its result.
	**/
	public static function measure<T>(f:Void->T, ?pos:PosInfos):T {
		var start = stamp();
		var result = f();
		Log.trace((stamp() - start) + "s", pos);
		return result;
	}

	/**
		A reading of a clock in seconds, for measuring intervals. Its origin
		is unspecified.
	**/
	public static inline function stamp():Float {
		#if sys
		return Sys.time();
		#else
		return Date.now().getTime() / 1000;
		#end
	}
}
