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

	static function abstracts() {
		var m = ["a" => 1];
		m[{-8-}"a"];
		var x = m[{-9-}"b"];
		var v = new ArrVec();
		v[{-10-}0];
		var y = v[{-11-}1];
		var n:Null<Array<Int>> = null;
		n[{-12-}5];
	}
}

abstract ArrVec(Array<Int>) {
	public function new()
		this = [];

	/** Reads one. */
	@:arrayAccess function get(i:Int):Int
		return this[i];

	@:arrayAccess function set(i:Int, v:Int):Void
		this[i] = v;

	@:op([]) function byName(s:String):Int
		return 0;
}
