/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	How an `Unserializer` finds the classes and enums named in its input.
**/
@:noDoc
typedef TypeResolver = {
	/** The class called `name`, or `null`. **/
	function resolveClass(name:String):Class<Dynamic>;

	/** The enum called `name`, or `null`. **/
	function resolveEnum(name:String):Enum<Dynamic>;
}

/**
	Reads back values written by `Serializer`.
**/
class Unserializer {
	/**
		The resolver that new unserializers start with; by default it looks
		types up with `Type.resolveClass` and `Type.resolveEnum`.
	**/
	public static var DEFAULT_RESOLVER:TypeResolver = new DefaultResolver();

	static var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%:";

	var buf:String;
	var pos:Int;
	var length:Int;
	var cache:Array<Dynamic>;
	var scache:Array<String>;
	var resolver:TypeResolver;

	/** Prepares to read the serialized text `buf`. **/
	public function new(buf:String) {
		this.buf = buf;
		length = buf.length;
		pos = 0;
		scache = [];
		cache = [];
		var r = DEFAULT_RESOLVER;
		if (r == null) {
			r = new DefaultResolver();
			DEFAULT_RESOLVER = r;
		}
		resolver = r;
	}

	/** Uses `r` to find classes and enums; `null` selects a resolver that finds nothing. **/
	public function setResolver(r:TypeResolver):Void {
		resolver = r == null ? new NullResolver() : r;
	}

	/** The resolver in use. **/
	public function getResolver():TypeResolver {
		return resolver;
	}

	inline function get(p:Int):Int {
		return StringTools.fastCodeAt(buf, p);
	}

	function fail(what:String):Dynamic {
		throw what + " at position " + pos;
	}

	function readDigits():Int {
		var negative = false;
		if (get(pos) == "-".code) {
			negative = true;
			pos++;
		}
		var k = 0;
		while (pos < length) {
			var c = get(pos);
			if (c < "0".code || c > "9".code)
				break;
			k = k * 10 + (c - "0".code);
			pos++;
		}
		return negative ? -k : k;
	}

	function readFloat():Float {
		var start = pos;
		while (pos < length) {
			var c = get(pos);
			if ((c >= "0".code && c <= "9".code) || c == ".".code || c == "-".code || c == "+".code || c == "e".code || c == "E".code)
				pos++;
			else
				break;
		}
		return Std.parseFloat(buf.substr(start, pos - start));
	}

	function expect(c:Int, what:String):Void {
		if (get(pos) != c)
			fail("Invalid " + what);
		pos++;
	}

	function unserializeObject(o:{}):Void {
		while (true) {
			if (pos >= length)
				fail("Invalid object");
			if (get(pos) == "g".code)
				break;
			var key:Dynamic = unserialize();
			if (!Std.isOfType(key, String))
				fail("Invalid object key");
			Reflect.setField(o, key, unserialize());
		}
		pos++;
	}

	function unserializeEnum<T>(edecl:Enum<T>, tag:String):T {
		expect(":".code, "enum");
		var count = readDigits();
		var args = [for (_ in 0...count) unserialize()];
		return Type.createEnum(edecl, tag, args);
	}

	function resolveEnumNamed(name:String):Enum<Dynamic> {
		var e = resolver.resolveEnum(name);
		if (e == null)
			fail("Enum not found " + name);
		return e;
	}

	function resolveClassNamed(name:String):Class<Dynamic> {
		var c = resolver.resolveClass(name);
		if (c == null)
			fail("Class not found " + name);
		return c;
	}

	function readBytes():haxe.io.Bytes {
		var len = readDigits();
		expect(":".code, "bytes length");
		if (len < 0 || pos + len > length)
			fail("Invalid bytes length");
		var out = new haxe.io.BytesBuffer();
		var acc = 0;
		var bits = 0;
		for (i in pos...pos + len) {
			var v = BASE64.indexOf(buf.charAt(i));
			if (v < 0)
				fail("Invalid bytes data");
			acc = ((acc << 6) | v) & 0xFFFF;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				out.addByte((acc >> bits) & 0xFF);
			}
		}
		pos += len;
		return out.getBytes();
	}

	/** Reads the next value. Throws on malformed input or unknown types. **/
	public function unserialize():Dynamic {
		var code = get(pos++);
		switch (code) {
			case "n".code:
				return null;
			case "t".code:
				return true;
			case "f".code:
				return false;
			case "z".code:
				return 0;
			case "i".code:
				return readDigits();
			case "d".code:
				return readFloat();
			case "k".code:
				return Math.NaN;
			case "m".code:
				return Math.NEGATIVE_INFINITY;
			case "p".code:
				return Math.POSITIVE_INFINITY;
			case "y".code:
				var len = readDigits();
				expect(":".code, "string length");
				if (len < 0 || pos + len > length)
					fail("Invalid string length");
				var s = StringTools.urlDecode(buf.substr(pos, len));
				pos += len;
				scache.push(s);
				return s;
			case "R".code:
				var n = readDigits();
				if (n < 0 || n >= scache.length)
					fail("Invalid string reference");
				return scache[n];
			case "r".code:
				var n = readDigits();
				if (n < 0 || n >= cache.length)
					fail("Invalid reference");
				return cache[n];
			case "a".code:
				var a:Array<Dynamic> = [];
				cache.push(a);
				while (true) {
					var c = get(pos);
					if (c == "h".code) {
						pos++;
						break;
					}
					if (c == "u".code) {
						pos++;
						var n = readDigits();
						a[a.length + n - 1] = null;
					} else
						a.push(unserialize());
				}
				return a;
			case "o".code:
				var o = {};
				cache.push(o);
				unserializeObject(o);
				return o;
			case "c".code:
				var cl = resolveClassNamed(unserialize());
				var o:Dynamic = Type.createEmptyInstance(cl);
				cache.push(o);
				unserializeObject(o);
				return o;
			case "C".code:
				var cl = resolveClassNamed(unserialize());
				var o:Dynamic = Type.createEmptyInstance(cl);
				cache.push(o);
				o.hxUnserialize(this);
				expect("g".code, "custom data");
				return o;
			case "w".code:
				var e = resolveEnumNamed(unserialize());
				var v = unserializeEnum(e, unserialize());
				cache.push(v);
				return v;
			case "j".code:
				var e = resolveEnumNamed(unserialize());
				expect(":".code, "enum index");
				var index = readDigits();
				var tag = Type.getEnumConstructs(e)[index];
				if (tag == null)
					fail("Unknown enum index " + Type.getEnumName(e) + "@" + index);
				var v = unserializeEnum(e, tag);
				cache.push(v);
				return v;
			case "l".code:
				var l = new haxe.ds.List<Dynamic>();
				cache.push(l);
				while (get(pos) != "h".code)
					l.add(unserialize());
				pos++;
				return l;
			case "b".code:
				var m = new haxe.ds.StringMap<Dynamic>();
				cache.push(m);
				while (get(pos) != "h".code) {
					var k:String = unserialize();
					m.set(k, unserialize());
				}
				pos++;
				return m;
			case "q".code:
				var m = new haxe.ds.IntMap<Dynamic>();
				cache.push(m);
				while (get(pos) == ":".code) {
					pos++;
					var k = readDigits();
					m.set(k, unserialize());
				}
				expect("h".code, "IntMap");
				return m;
			case "M".code:
				var m = new haxe.ds.ObjectMap<Dynamic, Dynamic>();
				cache.push(m);
				while (get(pos) != "h".code) {
					var k:Dynamic = unserialize();
					m.set(k, unserialize());
				}
				pos++;
				return m;
			case "v".code:
				var d:Date;
				if (get(pos) >= "0".code && get(pos) <= "9".code && get(pos + 4) == "-".code) {
					d = Date.fromString(buf.substr(pos, 19));
					pos += 19;
				} else
					d = Date.fromTime(readFloat());
				cache.push(d);
				return d;
			case "s".code:
				var b = readBytes();
				cache.push(b);
				return b;
			case "x".code:
				throw unserialize();
			case "A".code:
				return resolveClassNamed(unserialize());
			case "B".code:
				return resolveEnumNamed(unserialize());
			default:
		}
		pos--;
		return fail("Invalid char " + buf.charAt(pos));
	}

	/** Reads one value from `v` with default settings. **/
	public static function run(v:String):Dynamic {
		return new Unserializer(v).unserialize();
	}
}

private class DefaultResolver {
	public function new() {}

	public inline function resolveClass(name:String):Class<Dynamic>
		return Type.resolveClass(name);

	public inline function resolveEnum(name:String):Enum<Dynamic>
		return Type.resolveEnum(name);
}

private class NullResolver {
	public function new() {}

	public inline function resolveClass(name:String):Class<Dynamic>
		return null;

	public inline function resolveEnum(name:String):Enum<Dynamic>
		return null;
}
