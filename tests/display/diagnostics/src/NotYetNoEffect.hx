{-1-}class NotYetNoEffect {
	static function main() {
		1;
	}
}
