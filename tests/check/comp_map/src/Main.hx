class Main {
	static function main() {
		var m:Map<String, Int> = [for (s in ["a", "bb"]) s => s.length];
		var inv = [for (k => v in m) v => k];
		var x:Null<String> = inv.get(1);
	}
}
