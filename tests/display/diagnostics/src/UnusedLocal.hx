{-1-}class UnusedLocal {
	static function main() {
		var a = 1;
		trace("a");
	}
}
