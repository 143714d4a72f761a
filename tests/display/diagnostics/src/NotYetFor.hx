{-1-}class NotYetFor {
	static function main() {
		for (i in 0...3) {
			trace("x");
		}
	}
}
