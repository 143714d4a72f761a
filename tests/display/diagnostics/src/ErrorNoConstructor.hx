{-1-}class ErrorNoConstructor {
	var x = 1;
	static function main() {
		trace(new ErrorNoConstructor());
	}
}
