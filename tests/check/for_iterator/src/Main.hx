class Main {
	static function main() {
		var m = ["a" => 1, "b" => 2];
		var total = 0;
		for (v in m.iterator())
			total += v;
		for (k in m.keys()) {
			var key:String = k;
		}
	}
}
