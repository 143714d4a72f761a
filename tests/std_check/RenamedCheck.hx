// Runs std/ code that haxe's interpreter would otherwise replace with native
// versions. tests/std_check.rs copies those modules into the package `hxsv` and
// runs this file with --interp against haxe's own std, whose results serve as
// the reference. Prints ALL OK on success, one FAIL line per mismatch otherwise.

import haxe.io.Bytes;

class RenamedCheck {
	static var ok = true;

	static function check(what:String, got:Dynamic, want:Dynamic) {
		if (Std.string(got) != Std.string(want)) {
			ok = false;
			Sys.println('FAIL $what: $got vs $want');
		}
	}

	static function main() {
		var long = [for (i in 0...200) "x"].join("");
		check("md5", hxsv.Md5.encode("abc") + hxsv.Md5.encode(""), "900150983cd24fb0d6963f7d28e17f72d41d8cd98f00b204e9800998ecf8427e");
		check("md5 long", hxsv.Md5.encode(long), haxe.crypto.Md5.encode(long));
		check("sha1", hxsv.Sha1.encode("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
		check("sha1 long", hxsv.Sha1.encode(long), haxe.crypto.Sha1.encode(long));
		for (s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"]) {
			var b = Bytes.ofString(s);
			check("base64 " + s, hxsv.Base64.encode(b), haxe.crypto.Base64.encode(b));
			check("base64 unpadded " + s, hxsv.Base64.encode(b, false), haxe.crypto.Base64.encode(b, false));
			check("base64 decode " + s, hxsv.Base64.decode(haxe.crypto.Base64.encode(b)).toString(), s);
			var odd = Bytes.ofHex("fbff" + b.toHex());
			check("base64 url " + s, hxsv.Base64.urlEncode(odd), haxe.crypto.Base64.urlEncode(odd));
		}
		var fox = Bytes.ofString("The quick brown fox");
		check("crc32", hxsv.Crc32.make(fox), haxe.crypto.Crc32.make(fox));
		check("adler32", hxsv.Adler32.make(fox), haxe.crypto.Adler32.make(fox));
		for (alphabet in ["0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"])
			check("basecode " + alphabet, hxsv.BaseCode.encode("hello world", alphabet), haxe.crypto.BaseCode.encode("hello world", alphabet));
		for (f in [0.0, -0.0, 1.0, -2.5, 0.1, 3.4e38, 1e-40, 1e-45, 123456.789, Math.POSITIVE_INFINITY, Math.NEGATIVE_INFINITY]) {
			var bits = haxe.io.FPHelper.floatToI32(f);
			check("float32 " + f, hxsv.FPHelper.floatToI32(f), bits);
			check("float32 back " + f, hxsv.FPHelper.i32ToFloat(bits), haxe.io.FPHelper.i32ToFloat(bits));
		}
		for (d in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789, Math.PI, Math.POSITIVE_INFINITY]) {
			var bits = haxe.io.FPHelper.doubleToI64(d);
			check("float64 " + d, haxe.Int64.toStr(hxsv.FPHelper.doubleToI64(d)), haxe.Int64.toStr(bits));
			check("float64 back " + d, hxsv.FPHelper.i64ToDouble(bits.low, bits.high), d);
		}
		// StringTools: only text without astral characters, since eval strings
		// are not UTF-16.
		var samples = ["", "  a b \t", "x\n", "a b/ü?&=", "<a href='x'>\"&\"</a>", "a-b-c"];
		for (s in samples) {
			check("trim " + s, hxsv.StringTools.trim(s) + "|" + hxsv.StringTools.ltrim(s) + "|" + hxsv.StringTools.rtrim(s),
				StringTools.trim(s) + "|" + StringTools.ltrim(s) + "|" + StringTools.rtrim(s));
			check("pad " + s, hxsv.StringTools.lpad(s, "*", 6) + hxsv.StringTools.rpad(s, "-+", 7), StringTools.lpad(s, "*", 6) + StringTools.rpad(s, "-+", 7));
			check("replace " + s, hxsv.StringTools.replace(s, "-", "+"), StringTools.replace(s, "-", "+"));
			check("html " + s, hxsv.StringTools.htmlEscape(s, true) + hxsv.StringTools.htmlEscape(s), StringTools.htmlEscape(s, true) + StringTools.htmlEscape(s));
			check("html back " + s, hxsv.StringTools.htmlUnescape(StringTools.htmlEscape(s, true)), s);
			check("url " + s, hxsv.StringTools.urlEncode(s), StringTools.urlEncode(s));
			check("url back " + s, hxsv.StringTools.urlDecode(StringTools.urlEncode(s)), s);
			check("affixes " + s, [hxsv.StringTools.startsWith(s, "a"), hxsv.StringTools.endsWith(s, "c"), hxsv.StringTools.contains(s, "b")].join(","),
				[StringTools.startsWith(s, "a"), StringTools.endsWith(s, "c"), StringTools.contains(s, "b")].join(","));
			check("quote " + s, hxsv.SysTools.quoteUnixArg(s) + "|" + hxsv.SysTools.quoteWinArg(s, true),
				haxe.SysTools.quoteUnixArg(s) + "|" + haxe.SysTools.quoteWinArg(s, true));
		}
		for (n in [0, 1, 255, 4096, -1, 0x7FFFFFFF])
			check("hex " + n, hxsv.StringTools.hex(n) + hxsv.StringTools.hex(n, 6), StringTools.hex(n) + StringTools.hex(n, 6));
		check("space", [for (i in 0...4) hxsv.StringTools.isSpace(" a\tb", i)].join(","), "true,false,true,false");
		check("eof", hxsv.StringTools.isEof(hxsv.StringTools.fastCodeAt("ab", 2)), true);
		Sys.println(ok ? "ALL OK" : "FAILURES");
	}
}
