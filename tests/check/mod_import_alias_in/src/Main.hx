import haxe.ds.IntMap in IMap;

class Main {
	static function main() {
		var m = new IMap<String>();
		m.set(1, "one");
		var s:Null<String> = m.get(1);
	}
}
