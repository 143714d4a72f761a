/*
 * hxs standard library. Written for the hxs project; the API mirrors Haxe 4.2.5.
 */

package haxe.format;

/**
	A JSON writer written in Haxe. `haxe.Json.stringify` uses it where the
	target has no native serializer. Structures and class instances become
	objects, `StringMap` becomes an object, `Date` a string, enum values
	their constructor index; non-finite numbers become `null`.
**/
class JsonPrinter {
	/**
		Writes `o` as JSON text. `replacer` is called with each key (or index)
		and value and may return a substitute; `space` turns on pretty
		printing, indenting each level with that string.
	**/
	static public function print(o:Dynamic, ?replacer:(key:Dynamic, value:Dynamic) -> Dynamic, ?space:String):String {
		var printer = new JsonPrinter(replacer, space);
		printer.write("", o);
		return printer.buf.toString();
	}

	var buf:StringBuf;
	var replacer:(key:Dynamic, value:Dynamic) -> Dynamic;
	var indent:String;
	var pretty:Bool;
	var nind:Int;

	function new(replacer:(key:Dynamic, value:Dynamic) -> Dynamic, space:String) {
		this.replacer = replacer;
		indent = space;
		pretty = space != null;
		nind = 0;
		buf = new StringBuf();
	}

	function newline():Void {
		if (!pretty)
			return;
		buf.add("\n");
		for (_ in 0...nind)
			buf.add(indent);
	}

	function write(k:Dynamic, v:Dynamic):Void {
		if (replacer != null)
			v = replacer(k, v);
		switch (Type.typeof(v)) {
			case TNull | TFunction | TUnknown:
				buf.add("null");
			case TBool | TInt:
				buf.add(Std.string(v));
			case TFloat:
				buf.add(Math.isFinite(v) ? Std.string(v) : "null");
			case TEnum(_):
				buf.add(Std.string(Type.enumIndex(v)));
			case TObject:
				writeFields(v, Reflect.fields(v));
			case TClass(c):
				if (c == String)
					quote(v);
				else if (c == Array)
					writeArray(v);
				else if (c == haxe.ds.StringMap) {
					var map:haxe.ds.StringMap<Dynamic> = v;
					var obj = {};
					for (key in map.keys())
						Reflect.setField(obj, key, map.get(key));
					writeFields(obj, Reflect.fields(obj));
				} else if (c == Date)
					quote(Std.string(v));
				else
					writeFields(v, Type.getInstanceFields(c).filter(f -> !Reflect.isFunction(Reflect.field(v, f))));
		}
	}

	function writeArray(items:Array<Dynamic>):Void {
		buf.add("[");
		nind++;
		for (i in 0...items.length) {
			if (i > 0)
				buf.add(",");
			newline();
			write(i, items[i]);
		}
		nind--;
		if (items.length > 0)
			newline();
		buf.add("]");
	}

	function writeFields(v:Dynamic, fields:Array<String>):Void {
		buf.add("{");
		nind++;
		var first = true;
		for (f in fields) {
			var value = Reflect.field(v, f);
			if (Reflect.isFunction(value))
				continue;
			if (!first)
				buf.add(",");
			first = false;
			newline();
			quote(f);
			buf.add(pretty ? ": " : ":");
			write(f, value);
		}
		nind--;
		if (!first)
			newline();
		buf.add("}");
	}

	function quote(s:String):Void {
		buf.add('"');
		for (i in 0...s.length) {
			var c:Int = StringTools.fastCodeAt(s, i);
			switch (c) {
				case '"'.code:
					buf.add('\\"');
				case "\\".code:
					buf.add("\\\\");
				case "\n".code:
					buf.add("\\n");
				case "\r".code:
					buf.add("\\r");
				case "\t".code:
					buf.add("\\t");
				case 8:
					buf.add("\\b");
				case 12:
					buf.add("\\f");
				case _ if (c < 0x20):
					buf.add("\\u" + StringTools.hex(c, 4));
				case _:
					buf.addChar(c);
			}
		}
		buf.add('"');
	}
}
