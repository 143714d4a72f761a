{-1-}class UnusedNoInit {
	static function main() {
		var a:Int;
		trace("a");
	}
}
