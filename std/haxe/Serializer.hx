/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe;

/**
	Turns Haxe values (including class instances, enums, maps, bytes and
	cyclic structures) into a compact text format that `Unserializer` can
	read back, possibly in a program built for another target.

	The format uses one letter per kind of value: `n` null, `t`/`f`
	booleans, `z` zero, `i` integers, `d` floats, `y` strings, `a`
	arrays, `o` objects, `c` class instances, `w`/`j` enum values, and so
	on; `r` and `R` refer back to values already written.
**/
class Serializer {
	/** Default of `useCache` for new serializers. **/
	public static var USE_CACHE = false;

	/** Default of `useEnumIndex` for new serializers. **/
	public static var USE_ENUM_INDEX = false;

	static var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%:";

	var buf:StringBuf;
	var cache:Array<Dynamic>;
	var shash:haxe.ds.StringMap<Int>;
	var scount:Int;

	/**
		Whether objects met twice are written once and then referenced. Needed
		for cyclic data; costs some speed.
	**/
	public var useCache:Bool;

	/**
		Whether enum constructors are written by index instead of by name.
		Shorter, but breaks if the enum's constructors are reordered.
	**/
	public var useEnumIndex:Bool;

	/** Starts an empty serialization. **/
	public function new() {
		buf = new StringBuf();
		cache = [];
		useCache = USE_CACHE;
		useEnumIndex = USE_ENUM_INDEX;
		shash = new haxe.ds.StringMap();
		scount = 0;
	}

	/** The text produced so far. **/
	public function toString():String {
		return buf.toString();
	}

	function serializeString(s:String):Void {
		var seen = shash.get(s);
		if (seen != null) {
			buf.add("R");
			buf.add(seen);
			return;
		}
		shash.set(s, scount++);
		var encoded = StringTools.urlEncode(s);
		buf.add("y");
		buf.add(encoded.length);
		buf.add(":");
		buf.add(encoded);
	}

	/** Writes a back-reference when `v` was already written; otherwise remembers it. **/
	function serializeRef(v:Dynamic):Bool {
		for (i in 0...cache.length) {
			if (cache[i] == v) {
				buf.add("r");
				buf.add(i);
				return true;
			}
		}
		cache.push(v);
		return false;
	}

	function serializeFields(v:{}):Void {
		for (f in Reflect.fields(v)) {
			serializeString(f);
			serialize(Reflect.field(v, f));
		}
		buf.add("g");
	}

	function serializeArray(items:Array<Dynamic>):Void {
		buf.add("a");
		var nulls = 0;
		function flushNulls() {
			if (nulls == 1)
				buf.add("n");
			else if (nulls > 1) {
				buf.add("u");
				buf.add(nulls);
			}
			nulls = 0;
		}
		for (item in items) {
			if (item == null)
				nulls++;
			else {
				flushNulls();
				serialize(item);
			}
		}
		flushNulls();
		buf.add("h");
	}

	function serializeBytes(b:haxe.io.Bytes):Void {
		buf.add("s");
		buf.add(Math.ceil(b.length * 8 / 6));
		buf.add(":");
		var i = 0;
		var n = b.length;
		while (i + 2 < n) {
			var v = (b.get(i) << 16) | (b.get(i + 1) << 8) | b.get(i + 2);
			buf.add(BASE64.charAt(v >> 18) + BASE64.charAt((v >> 12) & 63) + BASE64.charAt((v >> 6) & 63) + BASE64.charAt(v & 63));
			i += 3;
		}
		if (n - i == 2) {
			var v = (b.get(i) << 8) | b.get(i + 1);
			buf.add(BASE64.charAt(v >> 10) + BASE64.charAt((v >> 4) & 63) + BASE64.charAt((v << 2) & 63));
		} else if (n - i == 1) {
			var v = b.get(i);
			buf.add(BASE64.charAt(v >> 2) + BASE64.charAt((v << 4) & 63));
		}
	}

	/**
		Appends `v` to the output. Values may be added one after another and
		read back in the same order.
	**/
	public function serialize(v:Dynamic):Void {
		switch (Type.typeof(v)) {
			case TNull:
				buf.add("n");
			case TInt:
				if (v == 0)
					buf.add("z");
				else {
					buf.add("i");
					buf.add(v);
				}
			case TFloat:
				var f:Float = v;
				if (Math.isNaN(f))
					buf.add("k");
				else if (!Math.isFinite(f))
					buf.add(f < 0 ? "m" : "p");
				else {
					buf.add("d");
					buf.add(f);
				}
			case TBool:
				buf.add(v ? "t" : "f");
			case TClass(String):
				serializeString(v);
			case TClass(c):
				if (useCache && serializeRef(v))
					return;
				if (c == Array)
					serializeArray(v);
				else if (c == haxe.ds.List) {
					buf.add("l");
					var list:haxe.ds.List<Dynamic> = v;
					for (item in list)
						serialize(item);
					buf.add("h");
				} else if (c == Date) {
					var d:Date = v;
					buf.add("v");
					buf.add(d.getTime());
				} else if (c == haxe.ds.StringMap) {
					var map:haxe.ds.StringMap<Dynamic> = v;
					buf.add("b");
					for (k in map.keys()) {
						serializeString(k);
						serialize(map.get(k));
					}
					buf.add("h");
				} else if (c == haxe.ds.IntMap) {
					var map:haxe.ds.IntMap<Dynamic> = v;
					buf.add("q");
					for (k in map.keys()) {
						buf.add(":");
						buf.add(k);
						serialize(map.get(k));
					}
					buf.add("h");
				} else if (c == haxe.ds.ObjectMap) {
					var map:haxe.ds.ObjectMap<Dynamic, Dynamic> = v;
					buf.add("M");
					for (k in map.keys()) {
						serialize(k);
						serialize(map.get(k));
					}
					buf.add("h");
				} else if (c == haxe.io.Bytes) {
					serializeBytes(v);
				} else {
					if (useCache)
						cache.pop();
					var custom = try v.hxSerialize != null catch (e:Dynamic) false;
					buf.add(custom ? "C" : "c");
					serializeString(Type.getClassName(c));
					if (useCache)
						cache.push(v);
					if (custom) {
						v.hxSerialize(this);
						buf.add("g");
					} else
						serializeFields(v);
				}
			case TObject:
				if (Std.isOfType(v, Class)) {
					var name = Type.getClassName(v);
					buf.add(Type.resolveEnum(name) != null ? "B" : "A");
					serializeString(name);
				} else if (Std.isOfType(v, Enum)) {
					buf.add("B");
					serializeString(Type.getEnumName(v));
				} else {
					if (useCache && serializeRef(v))
						return;
					buf.add("o");
					serializeFields(v);
				}
			case TEnum(e):
				if (useCache) {
					if (serializeRef(v))
						return;
					cache.pop();
				}
				buf.add(useEnumIndex ? "j" : "w");
				serializeString(Type.getEnumName(e));
				if (useEnumIndex) {
					buf.add(":");
					buf.add(Type.enumIndex(v));
				} else
					serializeString(Type.enumConstructor(v));
				buf.add(":");
				var args = Type.enumParameters(v);
				buf.add(args.length);
				for (a in args)
					serialize(a);
				if (useCache)
					cache.push(v);
			case TFunction:
				throw "Cannot serialize function";
			case TUnknown:
				throw "Cannot serialize " + Std.string(v);
		}
	}

	/** Appends an exception marker carrying `e`. **/
	public function serializeException(e:Dynamic):Void {
		buf.add("x");
		serialize(e);
	}

	/** Serializes `v` with default settings and returns the text. **/
	public static function run(v:Dynamic):String {
		var s = new Serializer();
		s.serialize(v);
		return s.toString();
	}
}
