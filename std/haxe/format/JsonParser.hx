/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.format;

/**
	A JSON reader written in Haxe. `haxe.Json.parse` uses it where the target
	has no native parser. Objects become anonymous structures, numbers become
	`Int` when they are integral and fit, `Float` otherwise.
**/
class JsonParser {
	/**
		Reads the JSON document `str`; throws a message with the offending
		position on malformed input.
	**/
	static public inline function parse(str:String):Dynamic {
		return new JsonParser(str).doParse();
	}

	var str:String;
	var pos:Int;

	function new(str:String) {
		this.str = str;
		pos = 0;
	}

	function doParse():Dynamic {
		var value = readValue();
		skipBlanks();
		if (pos < str.length)
			fail("Invalid char " + str.charAt(pos));
		return value;
	}

	function fail(msg:String):Dynamic {
		throw msg + " at position " + pos;
	}

	inline function peek():Int {
		return StringTools.fastCodeAt(str, pos);
	}

	function skipBlanks():Void {
		while (pos < str.length) {
			var c = peek();
			if (c != " ".code && c != "\t".code && c != "\n".code && c != "\r".code)
				break;
			pos++;
		}
	}

	function expectWord(word:String, value:Dynamic):Dynamic {
		if (str.substr(pos, word.length) != word)
			return fail("Invalid char " + str.charAt(pos));
		pos += word.length;
		return value;
	}

	function readValue():Dynamic {
		skipBlanks();
		if (pos >= str.length)
			return fail("Unexpected end of input");
		var c = peek();
		switch (c) {
			case "{".code:
				pos++;
				var obj = {};
				skipBlanks();
				if (peek() == "}".code) {
					pos++;
					return obj;
				}
				while (true) {
					skipBlanks();
					if (peek() != '"'.code)
						return fail("Expected a field name");
					pos++;
					var name = readString();
					skipBlanks();
					if (peek() != ":".code)
						return fail("Expected ':'");
					pos++;
					Reflect.setField(obj, name, readValue());
					skipBlanks();
					var sep = peek();
					pos++;
					if (sep == "}".code)
						return obj;
					if (sep != ",".code)
						return fail("Expected ',' or '}'");
				}
			case "[".code:
				pos++;
				var arr:Array<Dynamic> = [];
				skipBlanks();
				if (peek() == "]".code) {
					pos++;
					return arr;
				}
				while (true) {
					arr.push(readValue());
					skipBlanks();
					var sep = peek();
					pos++;
					if (sep == "]".code)
						return arr;
					if (sep != ",".code)
						return fail("Expected ',' or ']'");
				}
			case '"'.code:
				pos++;
				return readString();
			case "t".code:
				return expectWord("true", true);
			case "f".code:
				return expectWord("false", false);
			case "n".code:
				return expectWord("null", null);
			case _ if (c == "-".code || (c >= "0".code && c <= "9".code)):
				return readNumber();
			case _:
				return fail("Invalid char " + str.charAt(pos));
		}
		return null;
	}

	function readString():String {
		var out = new StringBuf();
		while (true) {
			if (pos >= str.length)
				return fail("Unclosed string");
			var c = peek();
			pos++;
			if (c == '"'.code)
				break;
			if (c != "\\".code) {
				out.addChar(c);
				continue;
			}
			var e = peek();
			pos++;
			switch (e) {
				case "n".code:
					out.addChar("\n".code);
				case "r".code:
					out.addChar("\r".code);
				case "t".code:
					out.addChar("\t".code);
				case "b".code:
					out.addChar(8);
				case "f".code:
					out.addChar(12);
				case "/".code | "\\".code | '"'.code:
					out.addChar(e);
				case "u".code:
					var code = readHex4();
					if (code >= 0xD800 && code < 0xDC00 && str.substr(pos, 2) == "\\u") {
						pos += 2;
						var low = readHex4();
						code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
					}
					out.addChar(code);
				case _:
					return fail("Invalid escape sequence \\" + String.fromCharCode(e));
			}
		}
		return out.toString();
	}

	function readHex4():Int {
		var v = Std.parseInt("0x" + str.substr(pos, 4));
		if (v == null)
			return fail("Invalid unicode escape");
		pos += 4;
		return v;
	}

	function readNumber():Dynamic {
		var start = pos;
		var integral = true;
		while (pos < str.length) {
			var c = peek();
			if (c >= "0".code && c <= "9".code || c == "-".code || c == "+".code) {
				pos++;
			} else if (c == ".".code || c == "e".code || c == "E".code) {
				integral = false;
				pos++;
			} else
				break;
		}
		var text = str.substr(start, pos - start);
		var f = Std.parseFloat(text);
		if (Math.isNaN(f))
			return fail("Invalid number " + text);
		if (integral && f >= -2147483648.0 && f <= 2147483647.0)
			return Std.int(f);
		return f;
	}
}
