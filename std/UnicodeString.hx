/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

import haxe.io.Bytes;
import haxe.io.Encoding;
import haxe.iterators.StringIteratorUnicode;
import haxe.iterators.StringKeyValueIteratorUnicode;

/**
	A string whose positions and length count Unicode code points rather than
	the target's code units. On UTF-16 targets, a character outside the Basic
	Multilingual Plane counts once instead of twice. Other `String` methods
	are forwarded unchanged.
**/
@:forward
@:access(StringTools)
abstract UnicodeString(String) from String to String {
	/**
		Whether `b` holds well-formed text in `encoding` (for UTF-8: no
		truncated, overlong or surrogate sequences, nothing above U+10FFFF).
	**/
	static public function validate(b:Bytes, encoding:Encoding):Bool {
		if (encoding != UTF8)
			throw "UnicodeString.validate: only UTF-8 is supported";
		var data = b.getData();
		var i = 0;
		var n = b.length;
		while (i < n) {
			var c = Bytes.fastGet(data, i++);
			if (c < 0x80)
				continue;
			var extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
			if (extra < 0 || c > 0xF4 || i + extra > n)
				return false;
			var code = c & (0x3F >> extra);
			for (_ in 0...extra) {
				var next = Bytes.fastGet(data, i++);
				if (next & 0xC0 != 0x80)
					return false;
				code = (code << 6) | (next & 0x3F);
			}
			var smallest = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
			if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000))
				return false;
		}
		return true;
	}

	/** Wraps `string`. **/
	public inline function new(string:String):Void {
		this = string;
	}

	/** Walks the code points. **/
	public inline function iterator():StringIteratorUnicode {
		return new StringIteratorUnicode(this);
	}

	/** Walks the code points with their code point positions. **/
	public inline function keyValueIterator():StringKeyValueIteratorUnicode {
		return new StringKeyValueIteratorUnicode(this);
	}

	/** The number of code points. **/
	public var length(get, never):Int;

	/** The code point at code point position `index`, as a string; `""` when out of range. **/
	public function charAt(index:Int):String {
		var unit = unitOffset(index);
		if (index < 0 || unit >= this.length)
			return "";
		return this.substr(unit, StringTools.utf16CodePointAt(this, unit) >= StringTools.MIN_SURROGATE_CODE_POINT ? 2 : 1);
	}

	/** The code point at code point position `index`, or `null` when out of range. **/
	public function charCodeAt(index:Int):Null<Int> {
		var unit = unitOffset(index);
		if (index < 0 || unit >= this.length)
			return null;
		return StringTools.utf16CodePointAt(this, unit);
	}

	/** The code point position where `str` first occurs from `startIndex`, or `-1`. **/
	public function indexOf(str:String, ?startIndex:Int):Int {
		var from = startIndex == null || startIndex < 0 ? 0 : unitOffset(startIndex);
		var unit = this.indexOf(str, from);
		return unit < 0 ? -1 : pointIndex(unit);
	}

	/** The code point position where `str` last occurs at or before `startIndex`, or `-1`. **/
	public function lastIndexOf(str:String, ?startIndex:Int):Int {
		var unit = startIndex == null ? this.lastIndexOf(str) : this.lastIndexOf(str, unitOffset(startIndex));
		return unit < 0 ? -1 : pointIndex(unit);
	}

	/** `len` code points from code point position `pos` (negative counts from the end). **/
	public function substr(pos:Int, ?len:Int):String {
		var total = get_length();
		var start = pos < 0 ? (total + pos < 0 ? 0 : total + pos) : pos;
		if (start >= total)
			return "";
		var stop = len == null ? total : (len < 0 ? total + len : start + len);
		if (stop > total)
			stop = total;
		if (stop <= start)
			return "";
		var from = unitOffset(start);
		return this.substring(from, unitOffset(stop));
	}

	/** The code points from `startIndex` up to `endIndex` (swapped if reversed, clamped at zero). **/
	public function substring(startIndex:Int, ?endIndex:Int):String {
		var total = get_length();
		var a = startIndex < 0 ? 0 : (startIndex > total ? total : startIndex);
		var b = endIndex == null ? total : (endIndex < 0 ? 0 : (endIndex > total ? total : endIndex));
		if (a > b) {
			var t = a;
			a = b;
			b = t;
		}
		return this.substring(unitOffset(a), unitOffset(b));
	}

	function get_length():Int {
		var count = 0;
		var unit = 0;
		while (unit < this.length) {
			unit += StringTools.utf16CodePointAt(this, unit) >= StringTools.MIN_SURROGATE_CODE_POINT ? 2 : 1;
			count++;
		}
		return count;
	}

	/** The code unit offset of code point position `index` (the length if beyond). **/
	function unitOffset(index:Int):Int {
		var unit = 0;
		var seen = 0;
		while (seen < index && unit < this.length) {
			unit += StringTools.utf16CodePointAt(this, unit) >= StringTools.MIN_SURROGATE_CODE_POINT ? 2 : 1;
			seen++;
		}
		return unit;
	}

	/** The code point position of code unit offset `unit`. **/
	function pointIndex(unit:Int):Int {
		var seen = 0;
		var at = 0;
		while (at < unit) {
			at += StringTools.utf16CodePointAt(this, at) >= StringTools.MIN_SURROGATE_CODE_POINT ? 2 : 1;
			seen++;
		}
		return seen;
	}

	@:op(A < B) static function lt(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A <= B) static function lte(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A > B) static function gt(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A >= B) static function gte(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A == B) static function eq(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A != B) static function neq(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A + B) static function add(a:UnicodeString, b:UnicodeString):UnicodeString;

	@:op(A += B) static function assignAdd(a:UnicodeString, b:UnicodeString):UnicodeString;

	@:op(A + B) @:commutative static function add(a:UnicodeString, b:String):UnicodeString;

	@:op(A += B) @:commutative static function assignAdd(a:UnicodeString, b:String):UnicodeString;
}
