class ArrayLiterals {
	static function main() {
		var str = "s";
		var num = 1;
		var words:Array<String> = [{-1-}];
		var more:Array<String> = [str, {-2-}];
		var free = [{-3-}];
		var floats:Iterable<Float> = [{-4-}];
		var grid:Array<Array<Int>> = [[{-5-}]];
		var any:Dynamic = [{-6-}];
	}
}
