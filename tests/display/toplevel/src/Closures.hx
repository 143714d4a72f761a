import shapes.Shape.ShapeKind;

enum abstract Mode(Int) {
	var Fast = 1;
	var Slow = 2;
}

typedef Alias = Mode;

class Closures {
	var factor = 2;

	public function new() {}

	function compute(values:Array<Int>) {
		var total = 0;
		values.map(function(v) {
			var scaled = v * factor;
			{-1-}
			return sc{-2-}aled;
		});
		var total = "shadowed";
		{-3-}
		var outer = 1;
		var g = () -> {
			var outer = 2.5;
			{-4-}
		};
	}

	static function pick(kind:ShapeKind, mode:Mode) {
		{-5-}
		mo{-6-};
		for (k in [kind]) {
			for (j in 0...2) {
				{-7-}
			}
		}
		do {
			{-8-}
		} while (false);
	}
}
