class Main {
	static function main() {
		var a = [3, 1, 2];
		a.sort((x, y) -> x - y);
		var b:Array<String> = a.map(Std.string);
		var j:String = b.join(",");
		var m = new Map<String, Array<Int>>();
		m["k"] = a;
		var got:Array<Int> = m["k"];
		var exists:Bool = m.exists("k");
	}
}
