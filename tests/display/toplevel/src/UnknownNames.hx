class UnknownNames {
	static function main() {
		var x = Missing(1);
		{-1-}
		x{-2-};
	}

	static function take(i:Int, s:String) {}

	static function later() {
		var a = nope;
		take(a, a);
		unknownFn(1, 2);
		var t = other();
		var s:String = t;
		var u = [nope];
		var v = nope + 1;
		{-3-}
		var c:Int = nope{-4-};
	}
}
