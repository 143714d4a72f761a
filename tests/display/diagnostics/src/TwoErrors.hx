{-1-}class TwoErrors {
	static function main() {
		var s:Int = "x";
		var t:String = 1;
		trace(s + t);
	}
}
