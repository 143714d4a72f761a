/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

/**
	Date arithmetic and formatting helpers, usable with `using DateTools`.
	Durations are expressed in milliseconds as `Float`.
**/
class DateTools {
	static var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
	static var MONTHS = [
		"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"
	];
	static var MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

	static function two(n:Int):String {
		return StringTools.lpad(Std.string(n), "0", 2);
	}

	static function expand(d:Date, code:String):String {
		return switch (code) {
			case "%": "%";
			case "a": WEEKDAYS[d.getDay()].substr(0, 3);
			case "A": WEEKDAYS[d.getDay()];
			case "b" | "h": MONTHS[d.getMonth()].substr(0, 3);
			case "B": MONTHS[d.getMonth()];
			case "C": two(Std.int(d.getFullYear() / 100));
			case "d": two(d.getDate());
			case "D": format(d, "%m/%d/%y");
			case "e": StringTools.lpad(Std.string(d.getDate()), " ", 2);
			case "F": format(d, "%Y-%m-%d");
			case "H" | "k": code == "H" ? two(d.getHours()) : StringTools.lpad(Std.string(d.getHours()), " ", 2);
			case "I" | "l":
				var h = d.getHours() % 12;
				if (h == 0)
					h = 12;
				code == "I" ? two(h) : StringTools.lpad(Std.string(h), " ", 2);
			case "m": two(d.getMonth() + 1);
			case "M": two(d.getMinutes());
			case "n": "\n";
			case "p": d.getHours() < 12 ? "AM" : "PM";
			case "r": format(d, "%I:%M:%S %p");
			case "R": format(d, "%H:%M");
			case "s": Std.string(Std.int(d.getTime() / 1000));
			case "S": two(d.getSeconds());
			case "t": "\t";
			case "T": format(d, "%H:%M:%S");
			case "u": Std.string(d.getDay() == 0 ? 7 : d.getDay());
			case "w": Std.string(d.getDay());
			case "y": two(d.getFullYear() % 100);
			case "Y": Std.string(d.getFullYear());
			default: throw "DateTools.format: unsupported directive %" + code;
		}
	}

	/**
		Renders `d` following the strftime-style pattern `f`; directives such
		as `%Y`, `%m`, `%d`, `%H`, `%M`, `%S`, `%A` or `%B` are
		supported. Names are in English.
	**/
	public static function format(d:Date, f:String):String {
		var out = new StringBuf();
		var i = 0;
		while (i < f.length) {
			var c = f.charAt(i);
			if (c == "%" && i + 1 < f.length) {
				out.add(expand(d, f.charAt(i + 1)));
				i += 2;
			} else {
				out.add(c);
				i++;
			}
		}
		return out.toString();
	}

	/**
		The date lying `t` milliseconds after `d` (before it when negative).
	**/
	public static inline function delta(d:Date, t:Float):Date {
		return Date.fromTime(d.getTime() + t);
	}

	/**
		How many days the month of `d` has, leap years included.
	**/
	public static function getMonthDays(d:Date):Int {
		var m = d.getMonth();
		if (m != 1)
			return MONTH_LENGTHS[m];
		var y = d.getFullYear();
		var leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		return leap ? 29 : 28;
	}

	/** `n` seconds as milliseconds. **/
	public static inline function seconds(n:Float):Float {
		return n * 1000.0;
	}

	/** `n` minutes as milliseconds. **/
	public static inline function minutes(n:Float):Float {
		return n * 60000.0;
	}

	/** `n` hours as milliseconds. **/
	public static inline function hours(n:Float):Float {
		return n * 3600000.0;
	}

	/** `n` days as milliseconds. **/
	public static inline function days(n:Float):Float {
		return n * 86400000.0;
	}

	/**
		Splits the duration `t` (milliseconds) into days, hours, minutes,
		seconds and leftover milliseconds.
	**/
	public static function parse(t:Float):{
		ms:Float,
		seconds:Int,
		minutes:Int,
		hours:Int,
		days:Int
	} {
		var totalSeconds = t / 1000;
		return {
			ms: t % 1000,
			seconds: Std.int(totalSeconds % 60),
			minutes: Std.int((totalSeconds / 60) % 60),
			hours: Std.int((totalSeconds / 3600) % 24),
			days: Std.int(totalSeconds / 86400),
		};
	}

	/**
		The reverse of `parse`: adds the parts up into milliseconds.
	**/
	public static function make(o:{
		ms:Float,
		seconds:Int,
		minutes:Int,
		hours:Int,
		days:Int
	}):Float {
		return o.ms + seconds(o.seconds) + minutes(o.minutes) + hours(o.hours) + days(o.days);
	}
}
