typedef Point = {x:Int, y:Int, ?label:String};
typedef Cfg = {name:String, size:Null<Int>, f:Float};

class Main {
	static function take(p:Point) {}

	static function main() {
		var p:Point = {x: 1, y: 2};
		var c:Cfg = {name: "a", size: 3, f: 1};
		$type(c);
		var q = {x: 1, y: 2, label: null};
		take(q);
		var bad:Point = {y: 1};
	}
}
