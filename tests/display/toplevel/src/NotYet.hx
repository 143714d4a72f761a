abstract Meters(Float) {
	public function new(f:Float) {
		this = f;
		{-1-}
	}
}

class NotYet {
	static var field:Int = {-2-};

	var typed: {-3-};

	static function main() {
		var x:Int = {-4-};
		take({-5-});
		var y = 1{-6-};
		"str";
		trace(1);
		switch (x) {
			case 1{-9-}:
		}
	}

	static function take(i:Int) {}

	static function untyped_ret(s) {
		var len = s.length;
		{-10-}
	}

	static function named() {
		function inner() {}
		{-11-}
	}
}
