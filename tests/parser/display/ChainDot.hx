class ChainDot {
	static function main() {
		[1, 2].map(x -> x * 2).{-1-}
	}
}
