class Main {
	static function main() {
		var a:Int;
		while (Math.random() > 0.5) {
			a = 1;
		}
		var t:Int;
		try {
			t = 1;
		} catch (e:Dynamic) {
			t = 2;
		}
		var w:Int;
		while (true) {
			w = 4;
			break;
		}
		trace(t + w);
		trace(a);
	}
}
