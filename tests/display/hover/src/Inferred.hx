class Inferred {
	static function words(s:String) {
		return s.split(" ");
	}

	static function main():Void {
		var count = 3;
		trace(co{-1-}unt);
		var na{-2-}me = "x";
		var list = words("a b");
		trace(li{-3-}st);
		var empty = [];
		trace(emp{-4-}ty);
		var pair = {a: 1, b: "two"};
		trace(pa{-5-}ir);
		var f = function(k:Int) return k * 2.5;
		trace({-6-}f);
		var nested = [[1], [2]];
		for (row in nes{-7-}ted) {
			trace(r{-8-}ow);
		}
		var m = ["k" => 1.5];
		trace({-9-}m);
	}
}
