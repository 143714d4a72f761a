import haxe.ds.StringMap;

class Inferred {
	var count = 0;

	public function new() {}

	static function make() {
		return new Inferred();
	}

	static function words(text:String) {
		return text.split(" ");
	}

	static function main():Void {
		var s = "abc";
		s.{-1-}
		var n = [1, 2, 3];
		n.{-2-}
		var m = new StringMap<Int>();
		m.{-3-}
		var d = Date.now();
		d.{-4-}
		var w = words("a b");
		w.{-5-}
		make().{-6-}
		"text".toUpperCase().{-7-}
		var p = {x: 1, y: "two"};
		p.{-8-}
		var e = new EReg("a", "g");
		e.{-9-}
		for (word in words("x y")) {
			word.{-10-}
		}
		var nested = [[1.5]];
		nested[0].{-11-}
	}
}
