class Objects {
	static function main() {
		var empty = {};
		var o = {a: 1, "b c": 2, nested: {inner: [1, 2, 3]}};
		var block = {
			var t = 1;
			t + 1;
		};
		var arr = [[1, 2], [3]];
		var m = [1 => "a", 2 => "b"];
		var cast1 = cast(o.a, Int);
		var cast2:Int = cast 1.0;
		var checked = (1 : Float);
		var u = untyped 1;
		trace(empty, o.a, o.nested.inner[0], block, arr[0][1], m[1], cast1, cast2, checked, u);
	}
}
