{-1-}class StringError {
	static function main() {
		var n:Int = 1;
		var s:String = n;
		trace(s);
	}
}
