/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Counts upward through a half-open range of integers. The syntax
	`a...b` creates one.
**/
class IntIterator {
	var min:Int;
	var max:Int;

	/**
		Prepares to count from `min` up to but excluding `max`. Nothing is
		produced when `min` is not below `max`.
	**/
	public inline function new(min:Int, max:Int) {
		this.min = min;
		this.max = max;
	}

	/**
		Whether the count has not reached its end.
	**/
	public inline function hasNext():Bool {
		return min < max;
	}

	/**
		The current number; the counter then moves up by one.
	**/
	public inline function next():Int {
		var v = min;
		min = v + 1;
		return v;
	}
}
