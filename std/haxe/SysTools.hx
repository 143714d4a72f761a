/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

import haxe.ds.ReadOnlyArray;

/**
	Helpers for building command lines for other programs.
**/
class SysTools {
	/**
		Codes of the characters that `quoteWinArg` escapes with `^` when asked
		to protect against the Windows command interpreter.
	**/
	public static final winMetaCharacters:ReadOnlyArray<Int> = [
		32, 40, 41, 37, 33, 94, 34, 60, 62, 38, 124, 10, 13, 44, 59
	];

	/**
		Makes `argument` safe to pass as one word to a POSIX shell, wrapping it
		in single quotes when it contains anything unusual.
	**/
	public static function quoteUnixArg(argument:String):String {
		if (argument.length == 0)
			return "''";
		var plain = true;
		for (i in 0...argument.length) {
			var c:Int = argument.charCodeAt(i);
			var ok = (c >= "a".code && c <= "z".code) || (c >= "A".code && c <= "Z".code) || (c >= "0".code && c <= "9".code)
				|| "_@%+=:,./-".indexOf(String.fromCharCode(c)) >= 0;
			if (!ok)
				plain = false;
		}
		if (plain)
			return argument;
		return "'" + argument.split("'").join("'\"'\"'") + "'";
	}

	/**
		Makes `argument` safe to pass as one word on a Windows command line,
		quoting and doubling backslashes as the C runtime expects. With
		`escapeMetaCharacters`, also protects characters special to cmd.exe.
	**/
	public static function quoteWinArg(argument:String, escapeMetaCharacters:Bool):String {
		var needsQuotes = argument.length == 0;
		for (i in 0...argument.length) {
			var c = argument.charCodeAt(i);
			if (c == " ".code || c == "\t".code || c == '"'.code || c == "\\".code)
				needsQuotes = true;
		}
		var text = argument;
		if (needsQuotes) {
			var out = new StringBuf();
			out.add('"');
			var slashes = 0;
			for (i in 0...argument.length) {
				var c:Int = argument.charCodeAt(i);
				if (c == "\\".code) {
					slashes++;
					continue;
				}
				for (_ in 0...(c == '"'.code ? slashes * 2 + 1 : slashes))
					out.add("\\");
				slashes = 0;
				out.addChar(c);
			}
			for (_ in 0...slashes * 2)
				out.add("\\");
			out.add('"');
			text = out.toString();
		}
		if (!escapeMetaCharacters)
			return text;
		var out = new StringBuf();
		for (i in 0...text.length) {
			var c:Int = text.charCodeAt(i);
			if (winMetaCharacters.indexOf(c) >= 0)
				out.addChar("^".code);
			out.addChar(c);
		}
		return out.toString();
	}
}
