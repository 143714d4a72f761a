{-1-}class DeadBlock {
	static function main() {
		#if never
		var a = 1;
		#else
		var b = 2;
		#end
		trace("x");
	}
}
