{-1-}class Closure {
	static function main() {
		var n = 1;
		var f = function() return n + 1;
		trace(f());
	}
}
