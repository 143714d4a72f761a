class Calls {
	/** Doubles. */
	static function twice(i:Int):Int return i * 2;

	static function pair<T>(a:T, b:T):Array<T> return [a, b];

	static function none() {}

	var items:Array<String> = [];

	function new() {}

	static function main():Void {
		twice{-1-}(1);
		twice(twice(2){-2-});
		var s = "abc";
		s.toUpperCase{-3-}().toLowerCase{-4-}();
		pair{-5-}(1, 2);
		pair("a",{-6-} "b");
		none{-7-}();
		trace{-8-}("x");
		trace(s{-9-});
		[3, 1, 2].map{-10-}(x -> x * 2);
		var c = new Calls();
		c.items.indexOf{-11-}("a");
		Math.max{-12-}(1, 2.5);
		Std.string{-13-}(c);
	}
}
