typedef Point = {
	x:Int,
	y:Int
}

class Main {
	static function len(p:Point):Int {
		return p.x + p.y;
	}

	static function main() {
		var d = len({x: 1, y: 2});
		var q:{x:Int, y:Int, label:String} = {x: 0, y: 0, label: "o"};
		var e = len(q);
	}
}
