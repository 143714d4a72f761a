{-1-}class Lambdas {
	static function main() {
		var f = function(x:Int) {
			var y = x;
			return 1;
		};
		trace(f(1));
	}
}
