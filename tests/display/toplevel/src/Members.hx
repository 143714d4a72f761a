import shapes.Shape;

class Members<K> extends Shape<String> {
	/** The count, documented. **/
	public var count:Int;
	var label = "m";
	static var instances:Array<Members<Int>> = [];

	public function new() {
		super();
		{-1-}
	}

	function run<X>(x:X, k:K) {
		var local = x;
		{-2-}
		lo{-3-};
	}

	override function area() {
		{-4-}
		return 1.0;
	}

	function inferred() {
		return count * 2;
	}

	static function make() {
		{-5-}
		ma{-6-};
	}
}
