// A macro used by StdCheck.hx. It runs in haxe's macro interpreter while
// StdCheck is type-checked, so it needs std/'s haxe.macro modules and the eval
// overrides in std/eval/; it imports only what macros commonly use.

#if macro
import eval.vm.Context as EvalContext;
#end
import haxe.NativeStackTrace;
import haxe.crypto.Hmac.HashMethod;
import haxe.macro.Context;
import haxe.macro.Expr;
import haxe.macro.Type as MacroType;

using StringTools;
using Lambda;

class StdCheckMacro {
	/** The type `Int`, computed by a macro (used through `haxe.macro.MacroType`). **/
	macro public static function intType():haxe.macro.Type {
		return Context.getType("Int");
	}

	/**
		Runs pure-Haxe code of std/ in the macro interpreter and reports any
		wrong result as a compile error; called once per compilation.
	**/
	macro public static function selfTest():Expr {
		var pos = Context.currentPos();
		function check(what:String, got:Dynamic, want:Dynamic) {
			if (Std.string(got) != Std.string(want))
				Context.error('std self-test $what: got $got, want $want', pos);
		}
		check("json", haxe.Json.stringify(haxe.Json.parse('{"a":[1,2.5,"x\\u0041\\n",null,true,{}]}')), '{"a":[1,2.5,"xA\\n",null,true,{}]}');
		check("json pretty", haxe.Json.stringify({k: [1]}, null, "  "), '{\n  "k": [\n    1\n  ]\n}');
		check("trim", "  a b \t".trim(), "a b");
		check("pad", "7".lpad("0", 3) + "x".rpad(".", 3), "007x..");
		check("replace", "a-b-c".replace("-", "+"), "a+b+c");
		check("hex", StringTools.hex(-1) + StringTools.hex(255, 4), "FFFFFFFF00FF");
		check("url", "a b/ü".urlEncode() + "|" + "a%20b%2F%C3%BC".urlDecode(), "a%20b%2F%C3%BC|a b/ü");
		check("html", "<a href='x'>&</a>".htmlEscape(true).htmlUnescape(), "<a href='x'>&</a>");
		check("lambda", [1, 2, 3, 4].filter(x -> x % 2 == 0).map(x -> x * 10).fold((x, acc) -> x + acc, 0), 60);
		check("lambda count", [1, 2, 3].count(x -> x > 1) + [1, 2].indexOf(2) + [[1], [2, 3]].flatten().length, 6);
		check("path", haxe.io.Path.normalize("/a/./b/../c//d/") + " " + haxe.io.Path.join(["x", "y.z"]), "/a/c/d x/y.z");
		check("path parts", new haxe.io.Path("dir/file.tar.gz").ext + haxe.io.Path.withoutDirectory("a/b.c"), "gzb.c");
		var big = haxe.Int64.make(0x12345678, 0x9ABCDEF0);
		check("int64", haxe.Int64.toStr(big) + " " + haxe.Int64.toStr(haxe.Int64.parseString("-9223372036854775808")),
			"1311768467463790320 -9223372036854775808");
		check("int64 ops", haxe.Int64.toStr(big * 3 - 7) + " " + haxe.Int64.toStr(big / 1000) + " " + haxe.Int64.toStr(big % 1000),
			"3935305402391370953 1311768467463790 320");
		var u:UInt = 0xFFFFFFFF;
		check("uint", (u > (1 : UInt)) + " " + Std.string((u : Float)), "true 4294967295");
		var tree = new haxe.ds.BalancedTree<String, Int>();
		for (k in ["m", "c", "x", "a", "e", "z", "b"])
			tree.set(k, k.charCodeAt(0));
		tree.remove("c");
		check("tree", [for (k in tree.keys()) k].join(""), "abemxz");
		var sorted = [5, 3, 9, 1, 3, 7];
		haxe.ds.ArraySort.sort(sorted, (a, b) -> a - b);
		check("sort", sorted, [1, 3, 3, 5, 7, 9]);
		var list = new haxe.ds.List<Int>();
		list.add(2);
		list.push(1);
		list.add(3);
		list.remove(2);
		check("list", list.toString() + list.length, "{1, 3}2");
		var stack = new haxe.ds.GenericStack<Int>();
		stack.add(1);
		stack.add(2);
		check("stack", stack.toString() + stack.pop(), "{2,1}2");
		check("date", DateTools.format(new Date(2020, 1, 3, 4, 5, 6), "%Y-%m-%d %H:%M:%S %a %b"), "2020-02-03 04:05:06 Mon Feb");
		var x = Xml.parse("<r a='1'><c>t</c><c/></r>").firstElement();
		check("xml", [for (e in x.elementsNamed("c")) e.nodeName].length + x.get("a"), "21");
		check("xml print", x.toString(), "<r a=\"1\"><c>t</c><c/></r>");
		check("xml entities", Xml.parse("<p q='&lt;&#65;'>a &amp; b</p>").firstElement().firstChild().nodeValue, "a & b");
		var e = macro {
			var a = [1, 2.5, "s"];
			if (a.length > 0) f(a[0], x -> x + 1) else throw "no";
			switch (v) {
				case A(b) if (b > 1): b;
				default: 0;
			}
		};
		var text = haxe.macro.ExprTools.toString(e);
		check("printer output parses", Context.parse(text, pos) != null, true);
		check("printer", [
			for (x in [
				macro a + b * 2,
				macro f(x, "s", 'i$j'),
				macro o.p[1]++,
				macro cast(v, String),
				macro new pack.T<Int>(1),
				macro function(a:Int, ?b = 2):Int return a,
				macro [for (i in 0...3) i],
				macro {k: 1, "q": true}
			])
				haxe.macro.ExprTools.toString(x)
		].join(" | "), "a + b * 2 | f(x, \"s\", 'i$j') | o.p[1]++ | cast(v, String) | new pack.T<Int>(1) | function(a:Int, ?b = 2):Int return a | [for (i in 0 ... 3) i] | { k : 1, \"q\" : true }");
		var count = 0;
		function countNodes(x:Expr) {
			count++;
			haxe.macro.ExprTools.iter(x, countNodes);
		}
		countNodes(e);
		check("expr iter", count > 20, true);
		var doubled = haxe.macro.ExprTools.map(macro 1 + 2, function(x) return switch (x.expr) {
			case EConst(CInt(v)): macro $v{Std.parseInt(v) * 2};
			case _: x;
		});
		check("expr map/getValue", haxe.macro.ExprTools.getValue(doubled), 6);
		check("getValue", haxe.macro.ExprTools.getValue(macro {a: [1, 2], b: !false && 3 > 2}).b, true);
		check("complex type", haxe.macro.ComplexTypeTools.toString(macro :Map<String, Array<Int>>), "Map<String, Array<Int>>");
		check("function type", haxe.macro.ComplexTypeTools.toString(macro :(Int, String) -> Void), "(Int, String) -> Void");
		check("dot path", haxe.macro.MacroStringTools.toDotPath(["a", "b"], "C"), "a.b.C");
		check("type string", haxe.macro.TypeTools.toString(Context.typeof(macro [1])), "Array<Int>");
		check("class field", haxe.macro.TypeTools.findField(haxe.macro.TypeTools.getClass(Context.getType("String")), "length") != null, true);
		// eval strings are not UTF-16, so only the encoding-independent part of
		// UnicodeString is checked here.
		check("unicode validate", UnicodeString.validate(haxe.io.Bytes.ofHex("f09f9880"), UTF8) + " " + UnicodeString.validate(haxe.io.Bytes.ofHex("c0af"), UTF8), "true false");
		var abc = haxe.io.Bytes.ofString("abc");
		check("md5", haxe.crypto.Md5.encode("abc") + " " + haxe.crypto.Md5.encode(""), "900150983cd24fb0d6963f7d28e17f72 d41d8cd98f00b204e9800998ecf8427e");
		check("sha1", haxe.crypto.Sha1.encode("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
		check("sha224", haxe.crypto.Sha224.encode("abc"), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
		check("sha256", haxe.crypto.Sha256.encode("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		check("sha256 long", haxe.crypto.Sha256.encode([for (i in 0...100) "x"].join("")).substr(0, 16), haxe.crypto.Sha256.make(haxe.io.Bytes.ofString([for (i in 0...100) "x"].join(""))).toHex().substr(0, 16));
		check("sha1 56", haxe.crypto.Sha1.encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
		check("base64", haxe.crypto.Base64.encode(haxe.io.Bytes.ofString("hello!?")) + " " + haxe.crypto.Base64.urlEncode(haxe.io.Bytes.ofHex("fbff")), "aGVsbG8hPw== -_8");
		check("base64 decode", haxe.crypto.Base64.decode("aGVsbG8hPw==").toString() + haxe.crypto.Base64.urlDecode("-_8").toHex(), "hello!?fbff");
		check("basecode", haxe.crypto.BaseCode.encode("hi", "0123456789abcdef") + " " + haxe.crypto.BaseCode.decode("6869", "0123456789abcdef"), "6869 hi");
		check("crc32", StringTools.hex(haxe.crypto.Crc32.make(haxe.io.Bytes.ofString("123456789")), 8), "CBF43926");
		check("adler32", StringTools.hex(haxe.crypto.Adler32.make(haxe.io.Bytes.ofString("Wikipedia")), 8), "11E60398");
		check("hmac", new haxe.crypto.Hmac(SHA256).make(haxe.io.Bytes.ofString("key"), haxe.io.Bytes.ofString("The quick brown fox jumps over the lazy dog")).toHex(),
			"f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
		check("hmac md5", new haxe.crypto.Hmac(MD5).make(abc, abc).toHex().length, 32);
		var out = new haxe.io.BytesOutput();
		out.bigEndian = true;
		out.writeInt16(-2);
		out.writeUInt24(0x123456);
		out.writeInt32(-5);
		out.writeFloat(1.5);
		out.writeDouble(-0.1);
		out.writeString("line1\r\nline2");
		var input = new haxe.io.BytesInput(out.getBytes());
		input.bigEndian = true;
		check("io numbers", [input.readInt16(), input.readUInt24(), input.readInt32(), input.readFloat(), input.readDouble()].join(" "), "-2 1193046 -5 1.5 -0.1");
		check("io lines", input.readLine() + "|" + input.readLine() + "|" + input.position + "/" + input.length, "line1|line2|33/33");
		check("io eof", try {
			input.readByte();
			"no eof";
		} catch (e:haxe.io.Eof) "eof", "eof");
		var little = new haxe.io.BytesOutput();
		little.writeInt32(0x01020304);
		little.writeDouble(1e300);
		var back = new haxe.io.BytesInput(little.getBytes());
		check("io little endian", back.readInt32() + " " + back.readDouble(), "16909060 1e+300");
		check("fp", haxe.io.FPHelper.floatToI32(-2.5) + " " + haxe.io.FPHelper.i32ToFloat(0x3E800000) + " " + haxe.Int64.toStr(haxe.io.FPHelper.doubleToI64(1.0)),
			"-1071644672 0.25 4607182418800017408");
		check("string input", new haxe.io.StringInput("a\nb").readAll().toString(), "a\nb");
		var t0 = haxe.Timer.stamp();
		check("timer", haxe.Timer.stamp() >= t0, true);
		var floats = haxe.io.Float64Array.fromArray([0.5, -2.0, 1e10]);
		var halves = haxe.io.UInt16Array.fromBytes(floats.view.buffer, 8, 4);
		var ints = haxe.io.Int32Array.fromArray([-1, 7]);
		var u32 = haxe.io.UInt32Array.fromBytes(ints.view.buffer);
		check("typed arrays", ([floats[1], floats.sub(2)[0], floats.length, halves.length, halves[3], ints[0], u32[0] > (0 : UInt), ints.subarray(1)[0]] : Array<Dynamic>).join(" "),
			"-2 10000000000 3 4 49152 -1 true 7");
		var buffered = new haxe.io.BufferInput(new haxe.io.StringInput("hello\nworld"), haxe.io.Bytes.alloc(3));
		check("buffer input", buffered.readLine() + "+" + buffered.readLine(), "hello+world");
		var value:Dynamic = {
			list: [1, null, null, -3, 2.5],
			text: "a b&ü",
			again: "a b&ü",
			flags: [true, false],
			map: ["k" => 1],
			ints: [7 => "seven"],
			option: haxe.ds.Option.Some(4),
			bytes: haxe.io.Bytes.ofHex("00ff10")
		};
		var text = haxe.Serializer.run(value);
		var back:Dynamic = haxe.Unserializer.run(text);
		check("serializer round trip", haxe.Serializer.run(back), text);
		check("serializer format", haxe.Serializer.run([0, 1, -2, "x", null, true]) + " " + haxe.Serializer.run(haxe.io.Bytes.ofString("hi!")),
			"azi1i-2y1:xnth s4:aGkh");
		var shared = {n: 1};
		var cyc = new haxe.Serializer();
		cyc.useCache = true;
		cyc.useEnumIndex = true;
		cyc.serialize([shared, shared, haxe.ds.Option.None]);
		var again:Array<Dynamic> = haxe.Unserializer.run(cyc.toString());
		check("serializer cache", (again[0] == again[1]) + " " + cyc.toString(), "true aoy1:ni1gr1jy14:haxe.ds.Option:1:0h");
		var tpl = new haxe.Template("Hi ::name::!::if (count > 1):: ::count:: items::elseif (count == 1):: one item::else:: none::end::"
			+ "::foreach items:: [::__current__::/::name::]::end:: $$wrap(name) $$wrap(::count::)");
		check("template", tpl.execute({name: "Ann", count: 2, items: [1, 2]}, {wrap: (resolve:String->Dynamic, v:String) -> "<" + v + ">"}),
			"Hi Ann! 2 items [1/Ann] [2/Ann] <name> <2>");
		check("template branches", new haxe.Template("::if (n == 1)::one::elseif (n == 2)::two::else::many::end::").execute({n: 2}), "two");
		var fn = haxe.rtti.CType.CFunction([{name: "a", opt: false, t: CClass("Int", [])}], CDynamic());
		check("rtti", ([haxe.rtti.CType.TypeApi.typeEq(fn, CFunction([{name: "a", opt: false, t: CClass("Int", [])}], CDynamic())),
			haxe.rtti.CType.TypeApi.typeEq(fn, CDynamic()), haxe.rtti.CType.TypeApi.isVar(fn),
			haxe.rtti.CType.CTypeTools.toString(fn)] : Array<Dynamic>).join(","), "true,false,false,a:Int -> Dynamic");
		check("template arithmetic", new haxe.Template("::(a + b)::,::((a - 1) > 0)::,::(a * (b - 3))::").execute({a: 4, b: 5}), "9,true,8");
		var tail = new haxe.ds.List<Int>();
		tail.add(1);
		tail.add(2);
		tail.remove(2);
		tail.add(3);
		check("list tail", tail.toString() + tail.last(), "{1, 3}3");
		var indexed = haxe.macro.ExprTools.map(macro a[1 + 1], function(x) return switch (x.expr) {
			case EBinop(OpAdd, _, _): macro $v{haxe.macro.ExprTools.getValue(x)};
			case _: x;
		});
		check("expr map index", haxe.macro.ExprTools.toString(indexed), "a[2]");
		check("ctype no args", haxe.rtti.CType.CTypeTools.toString(CFunction([], CClass("Int", [CDynamic(CUnknown)]))), "Void -> Int<Dynamic<unknown>>");
		var formatted = haxe.macro.Format.format(macro "a $$b ${1 + 2}c e$");
		var formattedValue = switch (formatted.expr) {
			case ECheckType(inner, _): haxe.macro.ExprTools.getValue(inner);
			case _: null;
		}
		check("format", formattedValue, "a $b 3c e$");
		return macro null;
	}

	/** Adds to `e` a number derived from its type; exercises the macro API. **/
	macro public static function answer(e:Expr):ExprOf<Int> {
		var pos:Position = Context.currentPos();
		var t:MacroType = Context.typeof(e);
		var kind = switch (t) {
			case TAbstract(a, _): a.get().name;
			case _: "other";
		}
		var built:Expr = {expr: EBinop(OpAdd, e, macro $v{kind.length - 1}), pos: pos};
		var field:Field = {name: "f", pos: pos, kind: FVar(macro :Int)};
		var ct:ComplexType = TPath({pack: [], name: "Int"});
		var api:Dynamic = EvalContext;
		var message:Message = Info("m", pos);
		var error:haxe.macro.Expr.Error = null;
		var infos = Context.getPosInfos(pos);
		var trace:NativeStackTrace = null;
		if (Context.defined("never.defined"))
			Context.warning(infos.file + field.name + ct + api + message + error + trace, pos);
		return built;
	}
}
