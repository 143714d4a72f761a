{-1-}class ErrorTypeParams {
	static function main() {
		var a:Array<Int, Int> = null;
		var b = 1;
		var c:Int = b;
		b = a;
	}
}
