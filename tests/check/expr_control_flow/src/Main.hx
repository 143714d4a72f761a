class Main {
	static function main() {
		var i = 0;
		while (i < 10) {
			i++;
			if (i == 3)
				continue;
			if (i > 8)
				break;
		}
		do {
			i--;
		} while (i > 0);
		var s:String = if (i == 0) "zero" else "other";
		var blk:Int = {
			var t = 2;
			t * 3;
		};
	}
}
