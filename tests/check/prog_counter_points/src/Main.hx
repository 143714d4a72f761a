class Counter {
	public static inline var MAX = 10;
	var n = 0;
	public var onChange:Int->Void;
	public function new() { onChange = function(v) {}; }
	public function inc():Counter { n++; onChange(n); return this; }
	public function value() return n;
}

typedef Point = { x:Float, y:Float };

class Main {
	static function dist(a:Point, b:Point):Float {
		var dx = a.x - b.x, dy = a.y - b.y;
		return Math.sqrt(dx * dx + dy * dy);
	}
	static function main() {
		var c = new Counter();
		c.onChange = v -> trace(v);
		var v:Int = c.inc().inc().value();
		var s:String = c.value();
		var p = {x: 1.0, y: 2.0};
		var d = dist(p, {x: 0, y: 0});
		var bad = dist(p, {x: 0});
		var big = Counter.MAX * 2;
		var arr = new Array<Point>();
		arr.push({x: 1, y: 2});
		arr.push({x: "a", y: 2});
		var str = Std.string(d);
		var len:Float = str.length;
		var i = 0;
		do { i++; } while (i < 3);
		var t = i > 2 ? "big" : "small";
		var u:Bool = t;
		var fn = Math.abs;
		var y:Int = fn(-2);
		var list = [1, 2, 3];
		list[0] = "x";
		list.remove(2);
		var sum = 0;
		for (j in list) sum += j;
		while (sum > 0) { sum--; if (sum == 3) break; }
		throw "done";
	}
}
