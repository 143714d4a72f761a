/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Runs code repeatedly at a fixed interval, or once after a delay. Timers
	need an event loop, which not every target has.
**/
extern class Timer {
	/**
		Starts a timer that calls `run` every `time_ms` milliseconds until
		`stop` is called.
	**/
	public function new(time_ms:Int):Void;

	/**
		Cancels the timer; `run` is not called again.
	**/
	public function stop():Void;

	/**
		What the timer does on each tick. Assign a function to it.
	**/
	public dynamic function run():Void;

	/**
		Calls `f` once, `time_ms` milliseconds from now, and gives back the
		timer so it can be cancelled.
	**/
	public static function delay(f:Void->Void, time_ms:Int):Timer;

	/**
		Calls `f`, traces how long it took in seconds, and returns its result.
	**/
	public static function measure<T>(f:Void->T, ?pos:PosInfos):T;

	/**
		A reading of a clock in seconds, for measuring intervals. Its origin
		is unspecified.
	**/
	public static function stamp():Float;
}
