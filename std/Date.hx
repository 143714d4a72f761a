/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	A moment in time with a local calendar view (year, month, day, hour,
	minute, second). Months count from 0 (January) to 11.
**/
extern class Date {
	/**
		The moment at the given local calendar time. `month` is 0-based,
		`day` 1-based.
	**/
	function new(year:Int, month:Int, day:Int, hour:Int, min:Int, sec:Int):Void;

	/** Milliseconds since 1 January 1970 00:00 UTC. **/
	function getTime():Float;

	/** Local hour, 0 to 23. **/
	function getHours():Int;

	/** Local minute, 0 to 59. **/
	function getMinutes():Int;

	/** Local second, 0 to 59. **/
	function getSeconds():Int;

	/** Local year with all its digits. **/
	function getFullYear():Int;

	/** Local month, 0 to 11. **/
	function getMonth():Int;

	/** Local day of the month, 1 to 31. **/
	function getDate():Int;

	/** Local day of the week, 0 for Sunday to 6 for Saturday. **/
	function getDay():Int;

	/** Hour in UTC, 0 to 23. **/
	function getUTCHours():Int;

	/** Minute in UTC, 0 to 59. **/
	function getUTCMinutes():Int;

	/** Second in UTC, 0 to 59. **/
	function getUTCSeconds():Int;

	/** Year in UTC. **/
	function getUTCFullYear():Int;

	/** Month in UTC, 0 to 11. **/
	function getUTCMonth():Int;

	/** Day of the month in UTC, 1 to 31. **/
	function getUTCDate():Int;

	/** Day of the week in UTC, 0 for Sunday. **/
	function getUTCDay():Int;

	/** Minutes to add to local time to reach UTC. **/
	function getTimezoneOffset():Int;

	/** Local time as `YYYY-MM-DD hh:mm:ss`. **/
	function toString():String;

	/** The current moment. **/
	static function now():Date;

	/** The moment `t` milliseconds after the Unix epoch. **/
	static function fromTime(t:Float):Date;

	/**
		Reads a local time written as a full date and time, a date alone, or a
		time of day alone (the three layouts that `toString` and its date and
		time halves produce).
	**/
	static function fromString(s:String):Date;
}
