// Type-checks every module of hxs's std/ by importing it and using each of
// its public types. Run with HAXE_STD_PATH pointing at std/ and --no-output
// (see tests/std_check.rs); it is never executed.

import Any;
import Array;
import Class;
import Date;
import DateTools;
import EReg;
import Enum;
import EnumValue;
import IntIterator;
import Lambda;
import List;
import Map;
import Math;
import Reflect;
import Std;
import StdTypes;
import String;
import StringBuf;
import StringTools;
import Sys;
import Type;
import UInt;
import UnicodeString;
import Xml;
import haxe.CallStack;
import haxe.Constraints;
import haxe.DynamicAccess;
import haxe.EnumFlags;
import haxe.EnumTools;
import haxe.EntryPoint;
import haxe.Exception;
import haxe.Http;
import haxe.Int32;
import haxe.Int64;
import haxe.Int64Helper;
import haxe.Json;
import haxe.Log;
import haxe.MainLoop;
import haxe.PosInfos;
import haxe.Resource;
import haxe.Rest;
import haxe.Serializer;
import haxe.SysTools;
import haxe.Template;
import haxe.Timer;
import haxe.Ucs2;
import haxe.Unserializer;
import haxe.Utf8;
import haxe.ValueException;
import haxe.crypto.Adler32;
import haxe.crypto.Base64;
import haxe.crypto.BaseCode;
import haxe.crypto.Crc32;
import haxe.crypto.Hmac;
import haxe.crypto.Md5;
import haxe.crypto.Sha1;
import haxe.crypto.Sha224;
import haxe.crypto.Sha256;
import haxe.ds.ArraySort;
import haxe.ds.BalancedTree;
import haxe.ds.Either;
import haxe.ds.EnumValueMap;
import haxe.ds.GenericStack;
import haxe.ds.HashMap;
import haxe.ds.IntMap;
import haxe.ds.List as DsList;
import haxe.ds.ListSort;
import haxe.ds.Map as DsMap;
import haxe.ds.ObjectMap;
import haxe.ds.Option;
import haxe.ds.ReadOnlyArray;
import haxe.ds.StringMap;
import haxe.ds.Vector;
import haxe.ds.WeakMap;
#if macro
import eval.vm.Context as EvalContext;
#end
// The macro-only modules (eval.vm.Context, haxe.macro.*) are exercised by
// StdCheckMacro.hx, whose macro runs in the interpreter when StdCheck is typed.
import haxe.NativeStackTrace;
import haxe.exceptions.ArgumentException;
import haxe.extern.AsVar;
import haxe.extern.EitherType;
import haxe.extern.Rest as ExternRest;
import haxe.exceptions.NotImplementedException;
import haxe.exceptions.PosException;
import haxe.format.JsonParser;
import haxe.format.JsonPrinter;
import haxe.http.HttpBase;
import haxe.http.HttpMethod;
import haxe.http.HttpStatus;
import haxe.io.ArrayBufferView;
import haxe.io.BufferInput;
import haxe.io.Bytes;
import haxe.io.BytesBuffer;
import haxe.io.BytesData;
import haxe.io.BytesInput;
import haxe.io.BytesOutput;
import haxe.io.Encoding;
import haxe.io.Eof;
import haxe.io.Error;
import haxe.io.FPHelper;
import haxe.io.Float32Array;
import haxe.io.Float64Array;
import haxe.io.Input;
import haxe.io.Int32Array;
import haxe.io.Mime;
import haxe.io.Output;
import haxe.io.Path;
import haxe.io.Scheme;
import haxe.io.StringInput;
import haxe.io.UInt16Array;
import haxe.io.UInt32Array;
import haxe.io.UInt8Array;
import haxe.iterators.ArrayIterator;
import haxe.display.FsPath;
import haxe.display.Position as DisplayPosition;
import haxe.macro.CompilationServer;
import haxe.macro.Compiler;
import haxe.macro.ComplexTypeTools;
import haxe.macro.Context;
import haxe.macro.Expr;
import haxe.macro.ExprTools;
import haxe.macro.Format;
import haxe.macro.JSGenApi;
import haxe.macro.MacroStringTools;
import haxe.macro.MacroType;
import haxe.macro.PositionTools;
import haxe.macro.Printer as MacroPrinter;
import haxe.macro.Tools;
import haxe.macro.TypeTools;
import haxe.macro.TypedExprTools;
import haxe.macro.Type as CompilerType;
import haxe.iterators.ArrayKeyValueIterator;
import haxe.iterators.DynamicAccessIterator;
import haxe.iterators.DynamicAccessKeyValueIterator;
import haxe.iterators.HashMapKeyValueIterator;
import haxe.iterators.MapKeyValueIterator;
import haxe.iterators.RestIterator;
import haxe.iterators.RestKeyValueIterator;
import haxe.iterators.StringIterator;
import haxe.iterators.StringIteratorUnicode;
import haxe.iterators.StringKeyValueIterator;
import haxe.iterators.StringKeyValueIteratorUnicode;
import haxe.xml.Access;
import haxe.xml.Check;
import haxe.xml.Fast;
import haxe.xml.Parser;
import haxe.xml.Printer;
import haxe.rtti.CType.CType;
import haxe.rtti.CType.CTypeTools;
import haxe.rtti.CType.Rights;
import haxe.rtti.CType.TypeApi;
import haxe.rtti.CType.TypeTree;
import haxe.rtti.Meta;
import haxe.zip.Compress;
import haxe.zip.Entry;
import haxe.zip.FlushMode;
import haxe.zip.Reader;
import haxe.zip.Tools;
import haxe.zip.Uncompress;
import haxe.zip.Writer;
import sys.FileStat;
import sys.FileSystem;
import sys.Http as SysHttp;
import sys.io.File;
import sys.io.FileInput;
import sys.io.FileOutput;
import sys.io.FileSeek;
import sys.io.Process;
import sys.db.Connection;
import sys.db.Mysql;
import sys.db.ResultSet;
import sys.db.Sqlite;
import sys.net.Address;
import sys.net.Host;
import sys.net.Socket;
import sys.net.UdpSocket;
import sys.ssl.Certificate;
import sys.ssl.Digest;
import sys.ssl.DigestAlgorithm;
import sys.ssl.Key;
import sys.ssl.Socket as SslSocket;
import sys.thread.IThreadPool;
import sys.thread.NoEventLoopException;
import sys.thread.ThreadPoolException;

using StringTools;
using Lambda;
using haxe.EnumTools;
using haxe.EnumTools.EnumValueTools;
using haxe.iterators.StringIteratorUnicode;
using haxe.iterators.StringKeyValueIteratorUnicode;

private enum Color {
	Red;
	Green;
	Blue;
}

private class Key {
	public var id:Int;

	public function new(id:Int) {
		this.id = id;
	}

	public function hashCode():Int {
		return id;
	}
}

private typedef Node = {next:Node, prev:Node, v:Int};

class StdCheck {
	static function main() {
		basics();
		strings();
		collections();
		reflection();
		numbers();
		io();
		formats();
		system();
		trace(StdCheckMacro.answer(40));
		StdCheckMacro.selfTest();
	}

	static function basics() {
		var nothing:Null<Int> = null;
		var f:Float = 1.5;
		var i:Int = 2;
		var b:Bool = true;
		var d:Dynamic = {a: 1};
		var any:Any = 3;
		var n:Int = any;
		var it:Iterator<Int> = [1].iterator();
		var itb:Iterable<Int> = [1];
		var kvi:KeyValueIterator<Int, String> = ["a"].keyValueIterator();
		var kvb:KeyValueIterable<Int, String> = ["a"];
		var cls:Class<StdCheck> = StdCheck;
		var en:Enum<Color> = Color;
		var ev:EnumValue = Red;
		var ii = new IntIterator(0, 3);
		for (x in ii)
			n += x;
		var fn:haxe.Constraints.Function = basics;
		var ex = new Exception("boom");
		var vex = new ValueException(42);
		var pe:PosException = new NotImplementedException();
		var ae = new ArgumentException("x");
		var stack:CallStack = CallStack.callStack();
		var item:StackItem = Module("m");
		var pos:PosInfos = null;
		var tmo:Timer = null;
		var event:MainEvent = MainLoop.add(() -> {}, 1);
		event.stop();
		trace(MainLoop.hasEvents(), EntryPoint.threadCount, event.priority);
		trace(nothing, f, i, b, d, n, it.hasNext(), itb, kvi, kvb, cls, en, ev.match(Red), fn, ex.message, vex.value, pe.posInfos, ae.argument,
			stack.length, CallStack.toString(stack), item, pos, tmo, ex.details(), Timer.stamp());
		try {
			throw "oops";
		} catch (e:Exception) {
			trace(e.stack);
		}
		var flag:String = Compiler.getDefine("hxs.never.defined");
		var gen:JSGenApi = null;
		var formatter:Class<Format> = Format;
		trace(formatter);
		var policy:ModuleCheckPolicy = NoCheckShadowing;
		var contexts:ContextOptions = NormalAndMacroContext;
		var server:Class<CompilationServer> = CompilationServer;
		var built:MacroType<[StdCheckMacro.intType()]> = 3;
		trace(policy, contexts, server, built);
		var mode:NullSafetyMode = Strict;
		var fsPath = new FsPath("/x");
		var range:haxe.display.Position.Range = null;
		var location:haxe.display.Position.Location = null;
		var dpos:DisplayPosition = {line: 0, character: 0};
		var exprText = ExprTools.toString(macro a + b);
		var typeText = ComplexTypeTools.toString(MacroStringTools.toComplex("pack.Type"));
		var printed = new MacroPrinter("  ").printExpr(macro if (x) y else z);
		var here:haxe.macro.Expr.Position = PositionTools.here();
		var te:haxe.macro.Type.TypedExpr = null;
		var tools:Array<Dynamic> = [TypeTools, TypedExprTools, TExprTools];
		trace(flag, gen, mode, fsPath, range, location, dpos, exprText, typeText, printed, here, te, tools);
		var acc:ArrayAccess<Int> = null;
		var rest = sum(1, 2, 3);
		var ri:RestIterator<Int> = null;
		var rki:RestKeyValueIterator<Int> = null;
		trace(acc, rest, ri, rki);
	}

	static function sum(...values:Int):Int {
		var r:Rest<Int> = values;
		var total = 0;
		for (v in r)
			total += v;
		for (k => v in r)
			total += k * v;
		return total + r.length + r.append(1).prepend(0).toArray().length;
	}

	static function strings() {
		var s:String = "Hello, world";
		var sb = new StringBuf();
		sb.add(s.toUpperCase());
		sb.addChar(33);
		sb.addSub(s, 0, 5);
		var parts = s.split(", ");
		var t = " pad ".trim().lpad("*", 8).rpad("-", 10).replace("*", "+");
		var hx = StringTools.hex(255, 4);
		var enc = StringTools.urlEncode("a b").urlDecode();
		var html = "<a>".htmlEscape(true).htmlUnescape();
		var si:StringIterator = new StringIterator(s);
		var ski:StringKeyValueIterator = new StringKeyValueIterator(s);
		var siu:StringIteratorUnicode = s.unicodeIterator();
		var skiu:StringKeyValueIteratorUnicode = s.unicodeKeyValueIterator();
		for (c in siu)
			sb.addChar(c);
		for (k => c in skiu)
			sb.add(k + c);
		var r = ~/o/g;
		var r2 = new EReg("l+", "i");
		trace(sb.toString(), sb.length, parts, t, hx, enc, html, si.hasNext(), ski.hasNext(), r.replace(s, "0"), r2.match(s) ? r2.matched(0) : "",
			EReg.escape("."), s.charCodeAt(0), s.startsWith("H"), s.endsWith("d"), s.contains("lo"), StringTools.isEof(s.fastCodeAt(99)));
		var u:Ucs2 = Ucs2.fromCharCode(65);
		trace(u.length, u.toNativeString());
		var us:UnicodeString = "h\u{1F600}llo";
		trace(us.length, us.charAt(1), us.substr(2), us.indexOf("l"), UnicodeString.validate(Bytes.ofString("x"), UTF8));
	}

	static function collections() {
		var a:Array<Int> = [3, 1, 2];
		a.sort((x, y) -> x - y);
		ArraySort.sort(a, (x, y) -> y - x);
		var ai:ArrayIterator<Int> = a.iterator();
		var aki:ArrayKeyValueIterator<Int> = a.keyValueIterator();
		var mapped = a.map(x -> x * 2).filter(x -> x > 2);
		var l:List<Int> = new List();
		l.add(1);
		l.push(0);
		var dl:DsList<String> = new DsList();
		dl.add("x");
		var m:Map<String, Int> = ["a" => 1];
		m["b"] = 2;
		var dm:DsMap<Int, String> = new DsMap();
		dm.set(1, "one");
		var sm = new StringMap<Int>();
		sm.set("k", 1);
		var im = new IntMap<String>();
		im.set(1, "v");
		var om = new ObjectMap<Key, Int>();
		om.set(new Key(1), 1);
		var evm = new EnumValueMap<Color, Int>();
		evm.set(Green, 1);
		var em:Map<Color, String> = [Red => "r"];
		var bt = new BalancedTree<String, Int>();
		bt.set("z", 26);
		var hm = new HashMap<Key, String>();
		hm.set(new Key(2), "two");
		var hkv:HashMapKeyValueIterator<Key, String> = hm.keyValueIterator();
		var mkv:MapKeyValueIterator<String, Int> = new MapKeyValueIterator(sm);
		var wm:WeakMap<Key, Int> = null;
		var gs = new GenericStack<Int>();
		gs.add(1);
		var opt:Option<Int> = Some(1);
		var eith:Either<String, Int> = Right(2);
		var v = new Vector<Int>(3);
		v[0] = 1;
		var roa:ReadOnlyArray<Int> = a;
		var head:Node = null;
		head = ListSort.sort(head, (x, y) -> x.v - y.v);
		var da:DynamicAccess<Int> = {};
		da["x"] = 1;
		var dai:DynamicAccessIterator<Int> = da.iterator();
		var daki:DynamicAccessKeyValueIterator<Int> = da.keyValueIterator();
		var flags = new EnumFlags<Color>();
		flags.set(Blue);
		var total = a.fold((x, acc) -> x + acc, 0) + l.count() + Lambda.count(sm) + a.indexOf(2);
		for (k => val in m)
			total += val + k.length;
		trace(ai.hasNext(), aki.hasNext(), mapped, l.first(), dl.join(","), dm.get(1), im.exists(1), om.keys(), evm.get(Green), em, bt.toString(),
			hkv.hasNext(), mkv.hasNext(), wm, gs.pop(), opt, eith, v.length, Vector.fromArrayCopy(a).toArray(), roa[0], roa.length, head, dai.hasNext(),
			daki.hasNext(), flags.has(Blue), total, a.array(), a.list(), a.exists(x -> x > 1), a.find(x -> x == 2));
	}

	static function reflection() {
		var o = {a: 1, b: "x"};
		var fields = Reflect.fields(o);
		Reflect.setField(o, "a", 2);
		var vt:ValueType = Type.typeof(o);
		var name = Type.getClassName(StdCheck);
		var colors = Type.allEnums(Color);
		var c:Color = Type.createEnum(Color, "Red");
		var byName = Color.createByName("Green");
		trace(fields, vt, name, colors, c, byName, Color.getName(), c.getIndex(), c.getName(), c.equals(Red), c.getParameters(), Std.isOfType(o, String),
			Std.string(o), Std.downcast(new Key(1), Key), Reflect.compare(1, 2), Reflect.isObject(o), Type.enumIndex(Blue));
	}

	static function numbers() {
		var u:UInt = 0xFFFFFFFF;
		var u2:UInt = 1;
		var i32:Int32 = 0x7FFFFFFF;
		i32 = i32 + 1;
		var big:Int64 = Int64.make(1, 0);
		var prod = big * 3 + 7;
		var parsed = Int64.parseString("-12345678901");
		var q = Int64.divMod(prod, 10);
		var fromF = Int64Helper.fromFloat(1e10);
		trace(u > u2, u + u2, (u : Float), i32, Int32.ucompare(i32, 1), prod.high, prod.low, Int64.toStr(parsed), q.quotient, q.modulus, fromF,
			Math.floor(Math.PI), Math.isNaN(Math.NaN), Math.max(1, 2), Std.int(2.5), Std.parseInt("0x1F"), Std.parseFloat("1.5"), Std.random(10),
			FPHelper.floatToI32(1.0));
	}

	static function io() {
		var bytes:Bytes = Bytes.ofString("hello", UTF8);
		var data:BytesData = bytes.getData();
		var bb = new BytesBuffer();
		bb.add(bytes);
		bb.addByte(0);
		bb.addInt64(Int64.ofInt(3));
		var bi = new BytesInput(bb.getBytes());
		var inp:Input = bi;
		var bo = new BytesOutput();
		var out:Output = bo;
		out.writeString("x");
		out.writeInt32(7);
		var si = new StringInput("line\n");
		var enc:Encoding = RawNative;
		var err:haxe.io.Error = Custom("e");
		try {
			inp.readAll();
		} catch (e:Eof) {
			trace(e);
		}
		var p = new Path("/a/b/c.txt");
		var u8 = new UInt8Array(4);
		u8[0] = 255;
		var u16 = UInt16Array.fromArray([1, 2]);
		var u32:UInt32Array = UInt32Array.fromBytes(Bytes.alloc(8));
		var i32 = new Int32Array(2);
		var f32 = Float32Array.fromArray([1.5]);
		var f64 = new Float64Array(1);
		f64[0] = 0.25;
		var abv:ArrayBufferView = u8.view;
		var bin = new BufferInput(new StringInput("abc"), Bytes.alloc(2));
		trace(u8[0], u16.length, u32[1], i32.sub(1)[0], f32[0], f64[0], abv.byteLength, bin.readByte());
		trace(data, bo.getBytes().toHex(), si.readLine(), enc, err, p.ext, Path.join(["a", "b"]), Path.normalize("a/./b/../c"), Path.withoutExtension("x.y"),
			Path.isAbsolute("/x"), bytes.getUInt16(0), bi.position);
	}

	static function formats() {
		var json = Json.stringify({a: [1, 2]}, null, "  ");
		var parsed:Dynamic = Json.parse(json);
		var jp:Dynamic = JsonParser.parse("[]");
		var jpr = JsonPrinter.print(1);
		var ser = new Serializer();
		ser.useCache = true;
		ser.serialize([1, 2]);
		var unser = new Unserializer(ser.toString());
		var resolver:TypeResolver = unser.getResolver();
		var tpl = new Template("::name::");
		var x:Xml = Xml.parse("<a b='1'><c>t</c></a>");
		var root = x.firstElement();
		var kind:XmlType = root.nodeType;
		var acc = new Access(root);
		var printed = Printer.print(x, true);
		var doc = Parser.parse("<r/>");
		var pex:XmlParserException = null;
		var rule:Rule = RNode("a", [Att("b", FInt)]);
		var md5 = Md5.encode("x");
		var sha = Sha1.make(Bytes.ofString("x"));
		var sha224 = Sha224.encode("x");
		var sha256 = Sha256.encode("x");
		var b64 = Base64.encode(Bytes.ofString("x"));
		var bc = new BaseCode(Bytes.ofString("01"));
		var crc = Crc32.make(Bytes.ofString("x"));
		var adler = Adler32.make(Bytes.ofString("x"));
		var hmac = new Hmac(SHA256);
		var method:HashMethod = MD5;
		var entry:Entry = null;
		var extra:ExtraField = FUtf8;
		var fm:FlushMode = FINISH;
		var zr:Reader = null;
		var zw:Writer = null;
		var zc:Compress = null;
		var zu:Uncompress = null;
		var filter:Filter = FBool;
		trace(parsed.a, jp, jpr, Unserializer.run(ser.toString()), resolver, tpl.execute({name: "n"}), acc.node.c.innerData, acc.att.b, acc.has.b, kind,
			printed, doc, pex, rule, md5, sha, sha224, sha256, b64, bc.encodeString("x"), crc, adler, hmac, method, entry, extra, fm, zr, zw, zc, zu, filter,
			Resource.listNames(), Serializer.run(1), Template.globals, DateTools.format(Date.now(), "%Y-%m-%d"), DateTools.days(1), Tools, Check,
			Date.fromString("2020-01-01").getDay());
	}

	static function system() {
		var cwd = Sys.getCwd();
		var st:FileStat = FileSystem.exists(cwd) ? FileSystem.stat(cwd) : null;
		var fi:FileInput = null;
		var fo:FileOutput = null;
		var seek:FileSeek = SeekBegin;
		var proc:Process = null;
		var host:Host = null;
		var sock:Socket = null;
		var http:Http = new Http("http://localhost/");
		var sysHttp:SysHttp = http;
		var base:HttpBase = http;
		Log.trace("x");
		var method:HttpMethod = Post;
		var status:HttpStatus = NotFound;
		var scheme:Scheme = Https;
		var mime:Mime = TextHtml;
		trace(mime);
		var cert:Certificate = null;
		var key:Key = null;
		var alg:DigestAlgorithm = SHA256;
		var ssl:SslSocket = null;
		var digest:Class<Digest> = Digest;
		trace(cert, key, alg, ssl, digest);
		var pool:IThreadPool = null;
		var noLoop = new NoEventLoopException();
		var poolError = new ThreadPoolException("closed");
		trace(pool, noLoop.message, poolError.message);
		var ct:CType = CClass("String", []);
		var tree:TypeTree = null;
		var rights:Rights = RCall("get_x");
		trace(TypeApi.typeEq(ct, CClass("String", [])), TypeApi.isVar(ct), CTypeTools.toString(ct), tree, TypeApi.rightsEq(rights, RNormal));
		var either:EitherType<Int, String> = "s";
		var asVar:AsVar<Int> = 1;
		var externRest:ExternRest<Int> = null;
		var address = new Address();
		var udp:UdpSocket = null;
		var conn:Connection = null;
		var rs:ResultSet = null;
		var dbs:Array<Dynamic> = [Mysql, Sqlite];
		trace(method, (status : Int), scheme, either, asVar, externRest, address.clone().compare(address), udp, conn, rs, dbs, Meta.getType(StdCheck));
		trace(st, fi, fo, seek, proc, host, sock, sysHttp.responseHeaders, base.url, File, SysTools.quoteUnixArg("a b"), Sys.args(), Sys.time(),
			Sys.environment());
	}
}
