{-1-}class ErrorArguments {
	static function f(a:Int) {}
	static function main() {
		f(1, 2);
		f();
	}
}
