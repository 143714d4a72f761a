class Basic {
	static var counter = 0;
	static final LIMIT:Int = 10;

	static function main() {
		var a = 1;
		var b:String = "x";
		{-1-}
		var c = [a];
		c{-2-};
		x{-3-}y;
		if (a > 0) {
			var inner = 2.5;
			{-4-}
		}
		for (i in 0...3) {
			tr{-5-};
		}
		var f = function(q:Int) {
			var deep = q + 1;
			{-6-}
		};
		var b = 3;
		{-7-}b;
		while (a < 3) {{-8-}}
	}

	static function helper(n:Int, ?name:String):String {
		var total = n;
		{-9-}
		return name;
	}
}
