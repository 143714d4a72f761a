class Main {
	static function main() {
		var x = 1;
		if (x) {}
		var y = x ? 1 : 2;
		do {
			var s:String = 1;
		} while (x);
		while (x) {
			var t:String = 2;
		}
		x > 0 ? trace(1) : trace(2);
	}
}
