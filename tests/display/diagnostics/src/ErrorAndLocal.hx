{-1-}class ErrorAndLocal {
	static function main() {
		var s:Bool = 1;
		var k = 4;
	}
}
