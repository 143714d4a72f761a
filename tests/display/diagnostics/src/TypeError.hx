{-1-}class TypeError {
	static function main() {
		var s:Int = "x";
		trace(s);
	}
}
