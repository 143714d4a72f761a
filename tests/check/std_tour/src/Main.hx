import haxe.ds.StringMap;
import haxe.ds.IntMap;
import haxe.ds.ObjectMap;
import haxe.ds.EnumValueMap;
import haxe.ds.Option;
import haxe.ds.List;
import haxe.ds.GenericStack;
import haxe.ds.Vector;
import haxe.ds.BalancedTree;
import haxe.io.Bytes;
import haxe.Json;
import haxe.Serializer;
import haxe.Unserializer;

using StringTools;
using Lambda;

class Point {
	public var x:Int;

	public function new(x:Int) {
		this.x = x;
	}
}

class Main {
	static function main() {
		var s:String = "  Hello, World  ".trim().toLowerCase();
		var parts:Array<String> = s.split(",").map(p -> p.trim());
		var code:Null<Int> = s.charCodeAt(0);
		var padded:String = "7".lpad("0", 3) + s.replace("l", "L") + s.substr(1, 2);
		var starts:Bool = s.startsWith("he") && s.endsWith("ld") && s.contains("o");
		var arr = [5, 3, 8];
		arr.sort(Reflect.compare);
		var doubled = arr.map(x -> x * 2).filter(x -> x > 6);
		var sum:Int = arr.fold((x, acc) -> x + acc, 0);
		var has:Bool = arr.has(3) && arr.exists(x -> x > 7);
		var cnt:Int = Lambda.count(arr);
		var byName:Map<String, Int> = ["a" => 1];
		var byId:Map<Int, String> = [1 => "one"];
		var byObj = new Map<Point, Bool>();
		byObj.set(new Point(1), true);
		var sm = new StringMap<Int>();
		sm.set("k", 1);
		var im = new IntMap<String>();
		im.set(2, "two");
		var om = new ObjectMap<Point, Int>();
		var em = new EnumValueMap<Option<Int>, String>();
		em.set(Some(1), "some");
		var opt:Option<String> = None;
		var list = new List<Int>();
		list.add(1);
		var stack = new GenericStack<String>();
		stack.add("x");
		var vec = new Vector<Int>(3);
		vec[0] = 1;
		var tree = new BalancedTree<String, Int>();
		tree.set("t", 1);
		var re = new EReg("h(\\w+)", "i");
		var matched:Bool = re.match(s) && re.matched(1) != null;
		var m:Float = Math.max(Math.sqrt(16), Math.abs(-2)) + Math.floor(Math.random() * 3);
		var parsed:Null<Int> = Std.parseInt("12");
		var f:Float = Std.parseFloat("1.5");
		var str:String = Std.string(arr) + Std.int(2.7);
		var isInt:Bool = Std.isOfType(3, Int);
		var cls:Null<Class<Point>> = Type.getClass(new Point(1));
		var fields:Array<String> = Type.getInstanceFields(Point);
		var obj = {a: 1};
		var a:Dynamic = Reflect.field(obj, "a");
		Reflect.setField(obj, "a", 2);
		var hasA:Bool = Reflect.hasField(obj, "a");
		var json:String = Json.stringify({x: 1, list: [1, 2]});
		var back:Dynamic = Json.parse(json);
		var bytes = Bytes.ofString("abc");
		var b0:Int = bytes.get(0);
		var hex:String = bytes.toHex();
		var now:Date = Date.now();
		var year:Int = now.getFullYear();
		var later = DateTools.delta(now, 1000.0);
		var ser = new Serializer();
		ser.serialize([1, 2]);
		var data:String = ser.toString();
		var un:Dynamic = Unserializer.run(data);
		var quick:String = Serializer.run({k: "v"});
	}
}
