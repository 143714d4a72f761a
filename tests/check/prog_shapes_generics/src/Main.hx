using Lambda;
using StringTools;

interface Shape {
	function area():Float;
	var name(get, never):String;
}

typedef Named = {
	var label:String;
	@:optional var tag:Int;
}

class Circle implements Shape {
	public var r:Float;
	public var name(get, never):String;
	public function new(r:Float) { this.r = r; }
	public function area():Float return Math.PI * r * r;
	function get_name() return "circle";
}

class Box<T> {
	var items:Array<T> = [];
	public function new() {}
	public function add(x:T):Box<T> { items.push(x); return this; }
	public function map<U>(f:T->U):Box<U> {
		var b = new Box<U>();
		for (i in items) b.add(f(i));
		return b;
	}
	public function first():Null<T> return items.length > 0 ? items[0] : null;
	public function size() return items.length;
}

enum Tree<T> {
	Leaf(v:T);
	Node(l:Tree<T>, r:Tree<T>);
}

class Main {
	static var counter = 0;
	static function sum(t:Tree<Int>):Int {
		return switch t {
			case Leaf(v): v;
			case Node(l, r): sum(l) + sum(r);
		}
	}
	static function greet(?name:String, times = 1):String {
		var out = "";
		for (i in 0...times) out += 'hi ${name != null ? name : "you"} ';
		return out.trim();
	}
	static function main() {
		var shapes:Array<Shape> = [new Circle(1), new Circle(2)];
		var total = 0.0;
		for (s in shapes) total += s.area();
		var names = shapes.map(s -> s.name).join(",");
		var b = new Box<Int>().add(1).add(2);
		var strs = b.map(i -> Std.string(i * 2));
		var f:Null<String> = strs.first();
		var n:Named = {label: "x"};
		var t = Node(Leaf(1), Node(Leaf(2), Leaf(3)));
		var s = sum(t);
		var evens = [for (i in 0...10) if (i % 2 == 0) i];
		var found = evens.exists(x -> x > 4);
		var m = ["a" => 1, "b" => 2];
		for (k => v in m) counter += v + k.length;
		var g = greet();
		var h = greet("bob", 2);
		var closure = function() { counter++; return counter; };
		closure();
		var arr = [3, 1, 2];
		arr.sort((a, b) -> a - b);
		var idx = arr.indexOf(2);
		var str = "Hello";
		var up = str.toUpperCase().charAt(0);
		var code = str.charCodeAt(1);
		var parts = "a,b".split(",");
		var obj = {x: 1, y: {z: "deep"}};
		var deep:String = obj.y.z;
		if (total > 3 && found || s == 6) trace(names + g + h + up + code + parts.length + deep + idx);
		var dyn:Dynamic = {};
		dyn.field = 3;
		var i:Int = Std.int(total);
		var fl:Float = i / 2;
		var max = Math.max(fl, 1);
		trace(max);
	}
}
