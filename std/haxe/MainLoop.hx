/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

import haxe.EntryPoint;

/**
	A callback registered with `MainLoop.add`, run repeatedly by the main
	loop until stopped.
**/
class MainEvent {
	var f:Void->Void;
	var prev:MainEvent;
	var next:MainEvent;

	/** Whether this event keeps the program alive while it is pending. **/
	public var isBlocking:Bool = true;

	/** When the event runs next, as a `haxe.Timer.stamp` value. **/
	public var nextRun(default, null):Float;

	/** Events with a higher priority run first. **/
	public var priority(default, null):Int;

	function new(f:Void->Void, p:Int) {
		this.f = f;
		priority = p;
		nextRun = Math.NEGATIVE_INFINITY;
	}

	/** Postpones the event by `t` seconds; `null` makes it run at the next tick. **/
	public function delay(t:Null<Float>):Void {
		nextRun = t == null ? Math.NEGATIVE_INFINITY : haxe.Timer.stamp() + t;
	}

	/** Runs the callback, unless the event was stopped. **/
	public inline function call():Void {
		if (f != null)
			f();
	}

	/** Stops the event for good and unlinks it from the loop. **/
	public function stop():Void {
		if (f == null)
			return;
		f = null;
		nextRun = Math.NEGATIVE_INFINITY;
		if (prev == null)
			@:privateAccess MainLoop.pending = next;
		else
			prev.next = next;
		if (next != null)
			next.prev = prev;
	}
}

/**
	A cooperative event loop run after `main` returns (through
	`haxe.EntryPoint`): registered events are called repeatedly, in priority
	order, until none is left.
**/
@:access(haxe.MainEvent)
class MainLoop {
	static var pending:MainEvent;

	/** The number of background threads started with `addThread` still running. **/
	public static var threadCount(get, never):Int;

	inline static function get_threadCount():Int
		return EntryPoint.threadCount;

	/** Whether a blocking event is pending. **/
	public static function hasEvents():Bool {
		var e = pending;
		while (e != null) {
			if (e.isBlocking)
				return true;
			e = e.next;
		}
		return false;
	}

	/** Runs `f` in the background (in a thread where supported). **/
	public static function addThread(f:Void->Void):Void {
		EntryPoint.addThread(f);
	}

	/** Schedules `f` to run on the main thread. **/
	public static function runInMainThread(f:Void->Void):Void {
		EntryPoint.runInMainThread(f);
	}

	/** Registers `f` to be called on every tick, with the given `priority`. **/
	public static function add(f:Void->Void, priority = 0):MainEvent {
		if (f == null)
			throw "Event function is null";
		var e = new MainEvent(f, priority);
		if (pending != null)
			pending.prev = e;
		e.next = pending;
		pending = e;
		return e;
	}

	static function sortEvents():Void {
		var all = [];
		var e = pending;
		while (e != null) {
			all.push(e);
			e = e.next;
		}
		haxe.ds.ArraySort.sort(all, (a, b) -> a.priority != b.priority ? b.priority - a.priority : (a.nextRun < b.nextRun ? -1 : (a.nextRun > b.nextRun ? 1 : 0)));
		var before:MainEvent = null;
		for (item in all) {
			item.prev = before;
			if (before != null)
				before.next = item;
			before = item;
		}
		if (before != null)
			before.next = null;
		pending = all.length == 0 ? null : all[0];
	}

	/** Runs the due events; gives the seconds until the next one is due. **/
	static function tick():Float {
		sortEvents();
		var now = haxe.Timer.stamp();
		var wait = 1e9;
		var e = pending;
		while (e != null) {
			var after = e.next;
			var until = e.nextRun - now;
			if (until <= 0) {
				wait = 0;
				e.call();
			} else if (until < wait)
				wait = until;
			e = after;
		}
		return wait;
	}
}
