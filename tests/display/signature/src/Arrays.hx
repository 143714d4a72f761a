class Arrays {
	static function f(a:Int, s:String):Int
		return a;

	static function main() {
		var a = [1, 2];
		a[{-1-}0];
		a[0{-2-}];
		f(a[{-3-}1], "s");
		var names = ["x", "y"];
		names[{-4-}a[{-5-}0]];
		var grid = [[1], [2]];
		grid[0][{-6-}0];
		var fns = [function(x:Int) return x];
		fns[{-7-}0](1);
	}
}
