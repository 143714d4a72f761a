/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.crypto;

import haxe.io.Bytes;

/**
	Base64 encoding of binary data as text, in the standard alphabet and in
	the URL-safe alphabet (`-` and `_` instead of `+` and `/`).
**/
class Base64 {
	/** The 64 characters of the standard alphabet, in value order. **/
	public static var CHARS(default, null) = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	/** `CHARS` as bytes. **/
	public static var BYTES(default, null) = haxe.io.Bytes.ofString(CHARS);

	/** The 64 characters of the URL-safe alphabet, in value order. **/
	public static var URL_CHARS(default, null) = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	/** `URL_CHARS` as bytes. **/
	public static var URL_BYTES(default, null) = haxe.io.Bytes.ofString(URL_CHARS);

	static function encodeWith(bytes:Bytes, alphabet:String, pad:Bool):String {
		var out = new StringBuf();
		var i = 0;
		var n = bytes.length;
		while (i + 2 < n) {
			var v = (bytes.get(i) << 16) | (bytes.get(i + 1) << 8) | bytes.get(i + 2);
			out.add(alphabet.charAt(v >> 18) + alphabet.charAt((v >> 12) & 63) + alphabet.charAt((v >> 6) & 63) + alphabet.charAt(v & 63));
			i += 3;
		}
		var rest = n - i;
		if (rest > 0) {
			var v = bytes.get(i) << 16;
			if (rest == 2)
				v |= bytes.get(i + 1) << 8;
			out.add(alphabet.charAt(v >> 18) + alphabet.charAt((v >> 12) & 63));
			if (rest == 2)
				out.add(alphabet.charAt((v >> 6) & 63));
			if (pad)
				out.add(rest == 1 ? "==" : "=");
		}
		return out.toString();
	}

	static function decodeWith(str:String, alphabet:String):Bytes {
		var text = str;
		while (text.length > 0 && text.charAt(text.length - 1) == "=")
			text = text.substr(0, text.length - 1);
		var out = new haxe.io.BytesBuffer();
		var acc = 0;
		var bits = 0;
		for (i in 0...text.length) {
			var v = alphabet.indexOf(text.charAt(i));
			if (v < 0)
				throw "Base64: invalid character " + text.charAt(i);
			acc = (acc << 6) | v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				out.addByte((acc >> bits) & 0xFF);
			}
		}
		return out.getBytes();
	}

	/** Encodes `bytes`; with `complement`, pads the result with `=`. **/
	public static function encode(bytes:haxe.io.Bytes, complement = true):String {
		return encodeWith(bytes, CHARS, complement);
	}

	/** Decodes standard Base64 text; padding is accepted whatever `complement` says. **/
	public static function decode(str:String, complement = true):haxe.io.Bytes {
		return decodeWith(str, CHARS);
	}

	/** Encodes `bytes` with the URL-safe alphabet; pads only with `complement`. **/
	public static function urlEncode(bytes:haxe.io.Bytes, complement = false):String {
		return encodeWith(bytes, URL_CHARS, complement);
	}

	/** Decodes URL-safe Base64 text. **/
	public static function urlDecode(str:String, complement = false):haxe.io.Bytes {
		return decodeWith(str, URL_CHARS);
	}
}
