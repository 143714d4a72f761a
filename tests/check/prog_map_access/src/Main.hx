class Main {
	static function main() {
		var m = new Map<String, Int>();
		m.set("a", 1);
		var v:String = m.get("a");
		var w:String = m["a"];
		for (k in m.keys()) trace(k);
	}
}
