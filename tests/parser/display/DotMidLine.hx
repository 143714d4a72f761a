class DotMidLine {
	static function main() {
		var s = "x";
		trace(s.{-1-}length);
	}
}
