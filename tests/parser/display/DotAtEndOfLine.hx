class DotAtEndOfLine {
	static function main() {
		var s = "x";
		s.{-1-}
	}
}
