/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

import haxe.iterators.StringIterator;
import haxe.iterators.StringKeyValueIterator;

/**
	Extra string operations, designed for `using StringTools` so that they
	read like methods: `"  x ".trim()`.
**/
class StringTools {
	static inline final HEX_DIGITS = "0123456789ABCDEF";

	/**
		Percent-encodes `s` for use in a URL: every byte of its UTF-8 form
		other than letters, digits and `-_.~` becomes `%XX`.
	**/
	public static function urlEncode(s:String):String {
		var out = new StringBuf();
		var i = 0;
		while (i < s.length) {
			var c = utf16CodePointAt(s, i);
			i += c >= MIN_SURROGATE_CODE_POINT ? 2 : 1;
			if ((c >= "a".code && c <= "z".code) || (c >= "A".code && c <= "Z".code) || (c >= "0".code && c <= "9".code) || c == "-".code
				|| c == "_".code || c == ".".code || c == "~".code) {
				out.addChar(c);
				continue;
			}
			for (byte in utf8Bytes(c)) {
				out.addChar("%".code);
				out.add(hex(byte, 2));
			}
		}
		return out.toString();
	}

	static function utf8Bytes(c:Int):Array<Int> {
		if (c < 0x80)
			return [c];
		if (c < 0x800)
			return [0xC0 | (c >> 6), 0x80 | (c & 0x3F)];
		if (c < 0x10000)
			return [0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)];
		return [0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)];
	}

	/**
		Reverses `urlEncode`: `%XX` sequences become the bytes they stand
		for (read as UTF-8) and `+` becomes a space.
	**/
	public static function urlDecode(s:String):String {
		var bytes = new haxe.io.BytesBuffer();
		var plainFrom = 0;
		var i = 0;
		while (i < s.length) {
			var c = s.charCodeAt(i);
			var escaped = c == "%".code && i + 2 < s.length ? Std.parseInt("0x" + s.substr(i + 1, 2)) : null;
			if (c != "+".code && escaped == null) {
				i++;
				continue;
			}
			if (i > plainFrom)
				bytes.addString(s.substring(plainFrom, i));
			bytes.addByte(escaped == null ? " ".code : escaped);
			i += escaped == null ? 1 : 3;
			plainFrom = i;
		}
		if (s.length > plainFrom)
			bytes.addString(s.substr(plainFrom));
		return bytes.getBytes().toString();
	}

	/**
		Replaces `&`, `<` and `>` with HTML entities; when `quotes` is set,
		also `"` and `'`.
	**/
	public static function htmlEscape(s:String, ?quotes:Bool):String {
		var out = new StringBuf();
		for (c in new StringIterator(s)) {
			switch (c) {
				case "&".code:
					out.add("&amp;");
				case "<".code:
					out.add("&lt;");
				case ">".code:
					out.add("&gt;");
				case '"'.code if (quotes):
					out.add("&quot;");
				case "'".code if (quotes):
					out.add("&#039;");
				default:
					out.addChar(c);
			}
		}
		return out.toString();
	}

	/**
		Turns the entities produced by `htmlEscape` back into characters.
	**/
	public static function htmlUnescape(s:String):String {
		var r = replace(s, "&gt;", ">");
		r = replace(r, "&lt;", "<");
		r = replace(r, "&quot;", '"');
		r = replace(r, "&#039;", "'");
		return replace(r, "&amp;", "&");
	}

	/**
		Whether `value` occurs anywhere in `s`.
	**/
	public static inline function contains(s:String, value:String):Bool {
		return s.indexOf(value) >= 0;
	}

	/**
		Whether `s` begins with `start`.
	**/
	public static function startsWith(s:String, start:String):Bool {
		return s.length >= start.length && s.substr(0, start.length) == start;
	}

	/**
		Whether `s` finishes with `end`.
	**/
	public static function endsWith(s:String, end:String):Bool {
		return s.length >= end.length && s.substr(s.length - end.length) == end;
	}

	/**
		Whether the character at `pos` in `s` is blank: space, tab, carriage
		return, line feed, vertical tab or form feed.
	**/
	public static function isSpace(s:String, pos:Int):Bool {
		var c = s.charCodeAt(pos);
		return c != null && (c == 32 || (c >= 9 && c <= 13));
	}

	/**
		`s` with its leading blanks removed.
	**/
	public static function ltrim(s:String):String {
		var from = 0;
		while (from < s.length && isSpace(s, from))
			from++;
		return from == 0 ? s : s.substr(from);
	}

	/**
		`s` with its trailing blanks removed.
	**/
	public static function rtrim(s:String):String {
		var upto = s.length;
		while (upto > 0 && isSpace(s, upto - 1))
			upto--;
		return upto == s.length ? s : s.substr(0, upto);
	}

	/**
		`s` with blanks removed at both ends.
	**/
	public static function trim(s:String):String {
		return ltrim(rtrim(s));
	}

	/**
		Prefixes `s` with copies of `c` until it is at least `l` long.
	**/
	public static function lpad(s:String, c:String, l:Int):String {
		if (c.length == 0)
			return s;
		var pad = "";
		while (pad.length + s.length < l)
			pad += c;
		return pad + s;
	}

	/**
		Suffixes `s` with copies of `c` until it is at least `l` long.
	**/
	public static function rpad(s:String, c:String, l:Int):String {
		if (c.length == 0)
			return s;
		var r = s;
		while (r.length < l)
			r += c;
		return r;
	}

	/**
		`s` with every occurrence of `sub` changed into `by`.
	**/
	public static function replace(s:String, sub:String, by:String):String {
		return s.split(sub).join(by);
	}

	/**
		Upper-case hexadecimal form of `n` (as an unsigned 32-bit value),
		left-padded with zeros to `digits` characters when given.
	**/
	public static function hex(n:Int, ?digits:Int):String {
		var out = "";
		var rest = n;
		do {
			out = HEX_DIGITS.charAt(rest & 0xF) + out;
			rest = rest >>> 4;
		} while (rest != 0);
		if (digits != null)
			while (out.length < digits)
				out = "0" + out;
		return out;
	}

	/**
		The code unit at `index` of `s`. Reading at `s.length` yields an
		end marker recognised by `isEof`; other out-of-range indexes give an
		unspecified result.
	**/
	public static inline function fastCodeAt(s:String, index:Int):Int {
		var c:Null<Int> = s.charCodeAt(index);
		return c == null ? -1 : c;
	}

	/**
		The code unit at `index` of `s`, without any range check.
	**/
	public static inline function unsafeCodeAt(s:String, index:Int):Int {
		return (s.charCodeAt(index) : Int);
	}

	/**
		Walks the code units of `s`.
	**/
	public static inline function iterator(s:String):StringIterator {
		return new StringIterator(s);
	}

	/**
		Walks the code units of `s` together with their positions.
	**/
	public static inline function keyValueIterator(s:String):StringKeyValueIterator {
		return new StringKeyValueIterator(s);
	}

	/**
		Whether `c`, as returned by `fastCodeAt`, is the end marker.
	**/
	@:noUsing public static inline function isEof(c:Int):Bool {
		return c == -1;
	}

	/**
		Kept for compatibility; see `haxe.SysTools.quoteUnixArg`.
	**/
	@:noCompletion
	@:deprecated('StringTools.quoteUnixArg() is deprecated. Use haxe.SysTools.quoteUnixArg() instead.')
	public static function quoteUnixArg(argument:String):String {
		return haxe.SysTools.quoteUnixArg(argument);
	}

	/**
		Kept for compatibility; see `haxe.SysTools.winMetaCharacters`.
	**/
	@:noCompletion
	@:deprecated('StringTools.winMetaCharacters is deprecated. Use haxe.SysTools.winMetaCharacters instead.')
	public static var winMetaCharacters:Array<Int> = cast haxe.SysTools.winMetaCharacters;

	/**
		Kept for compatibility; see `haxe.SysTools.quoteWinArg`.
	**/
	@:noCompletion
	@:deprecated('StringTools.quoteWinArg() is deprecated. Use haxe.SysTools.quoteWinArg() instead.')
	public static function quoteWinArg(argument:String, escapeMetaCharacters:Bool):String {
		return haxe.SysTools.quoteWinArg(argument, escapeMetaCharacters);
	}

	static inline var MIN_SURROGATE_CODE_POINT = 65536;

	static inline function utf16CodePointAt(s:String, index:Int):Int {
		var hi = fastCodeAt(s, index);
		if (hi >= 0xD800 && hi < 0xDC00) {
			var lo = fastCodeAt(s, index + 1);
			return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
		}
		return hi;
	}
}
