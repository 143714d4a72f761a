{-1-}class ForRange {
	static function main() {
		for (i in 0...3) {
			trace("x");
		}
	}
}
