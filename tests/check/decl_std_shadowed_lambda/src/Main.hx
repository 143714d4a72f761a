using Lambda;
class Main {
	static function main() {
		var m = new Map<String, Int>();
		m.set("a", 1);
		trace([1, 2].count());
		var l = new List<Int>();
		trace(l.length);
		trace(haxe.Json.stringify({a: 1}));
	}
}
