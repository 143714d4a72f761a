{-1-}class Final {
	static function main() {
		final c = 3;
	}
}
