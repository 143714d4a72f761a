{-1-}class ErrorMissingReturn {
	static function f():Int {
		trace(1);
	}
	static function main() {
		var x:Int;
		trace(x);
		1 = 2;
	}
}
