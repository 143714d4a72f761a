class Main {
	static function main() {
		var m = ["a" => 1, "b" => 2];
		for (k => v in m) {
			var key:String = k;
			var value:Int = v;
		}
		for (i => s in ["x", "y"]) {
			var idx:Int = i;
			var str:String = s;
		}
	}
}
