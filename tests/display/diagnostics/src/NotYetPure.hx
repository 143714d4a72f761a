{-1-}class NotYetPure {
	static function main() {
		Math.max(1, 2);
	}
}
