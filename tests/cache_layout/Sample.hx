package my.pack;

import haxe.ds.StringMap;
import haxe.macro.Expr.*;
import sys.io.File as F;
using StringTools;
using Lambda;

/** A typedef with optional fields. */
typedef Point = {
	var x:Float;
	var y:Float;
	@:optional var z:Float;
}

typedef Fn<T> = (a:T, ?b:Int) -> Void;
typedef Ext = Point & {w:Int};

@:enum abstract Color(Int) from Int to Int {
	var Red = 0xFF0000;
	var Green = 0x00FF00;
	@:op(A + B) static function add(a:Color, b:Color):Color return (a : Int) + (b : Int);
	@:from static inline function fromString(s:String):Color return Std.parseInt(s);
}

enum Tree<T> {
	Leaf(v:T);
	Node(l:Tree<T>, r:Tree<T>);
	Empty;
}

interface Shape extends Named {
	function area():Float;
	var sides(default, null):Int;
}

#if js
@:native("Foo") extern class Native {
	static function call(x:Dynamic):Void;
	@:overload(function(a:Int):Void {})
	function over(a:String):Void;
}
#elseif (cpp || hl)
class NativeAlt {}
#else
class Fallback {}
#end

@:keep
@:generic
final class Main<T:Shape> extends Base<T> implements Shape implements Named {
	public static inline var LIMIT:Int = 10;
	static final names:Array<String> = ["a", 'b', 'c$LIMIT', 'd${1 + 2}'];
	public var sides(default, null):Int = 3;
	var map:Map<String, Array<Int>> = [];
	@:isVar var prop(get, set):Float;
	private var cb:Null<Int->String->Void>;

	public function new(?v:T, n = 2, ...rest:Int) {
		super(v);
		var a = [for (i in 0...n) if (i % 2 == 0) i * 2];
		var m = [for (k => v in map) k => v.length];
		var o = {x: 1.5, y: -2e3, "quoted key": true, nested: {a: null}};
		var r = ~/ab+c/gi;
		var f = (x:Int) -> x + 1;
		var g = function(x) return x;
		var c = cast(v, Shape);
		var u = untyped __js__("1");
		var t:Tree<Int> = Node(Leaf(1), Empty);
		var s = switch (t) {
			case Leaf(v) if (v > 0): 'pos $v';
			case Node(_, Leaf(2 | 3)): "two or three";
			case Empty, Leaf(_): "else";
			case var other: null;
		}
		try {
			throw new haxe.Exception("x");
		} catch (e:haxe.Exception) {
			trace(e.message);
		} catch (any) {}
		while (n-- > 0) {
			if (n == 5) continue else if (n == 1) break;
		}
		do n++ while (n < 3);
		a[0] += 1 << 2 >>> 1;
		var b = !true && (false || n >= 3) ? ~n : -n;
		var nn = new StringMap<Int>();
		inline function local<U>(x:U):U return x;
		final h = macro $v{1} + $i{"x"};
		$type(h);
		return;
	}

	function get_prop() return prop;

	function set_prop(v) return prop = v;

	public function area():Float @:pure return Math.PI * sides;

	override public function toString():String return '${sides}';

	@:deprecated("old") dynamic function dyn():Void {}
	macro static function mac(e:Expr):Expr return e;
}

abstract Wrapped<T>(Array<T>) {
	public inline function new() this = [];
	@:arrayAccess function get(i:Int):T return this[i];
}

@:structInit class Init {
	var a:Int;
	var b:String = "x";
}
