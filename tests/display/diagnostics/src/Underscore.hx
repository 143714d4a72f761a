{-1-}class Underscore {
	static function main() {
		var _ = Math.random();
	}
}
