class MissingBraceAtEof {
	static function main() {
		var a = 1;
		a.{-1-}
