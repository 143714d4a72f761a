class Control {
	static function main() {
		var total = 0;
		for (i in 0...10) {
			if (i % 2 == 0) continue;
			if (i > 7) break else total += i;
		}
		if (total > 3) trace("big"); else trace("small");
		var j = 0;
		while (j < 3) j++;
		do {
			j--;
		} while (j > 0);
		var m = ["a" => 1, "b" => 2];
		for (k => v in m) trace(k, v);
		for (k in m.keys()) trace(k);
		try {
			throw "oops";
		} catch (e:String) {
			trace(e);
		} catch (e:Dynamic) {
			trace(e);
		}
		try throw 1 catch (any) trace(any);
		var r = if (j == 0) 1 else 2;
		trace(r);
	}
}
