{-1-}class WhileLoop {
	static function main() {
		var i = 0;
		while (i < 3) {
			var step = 1;
			i++;
		}
	}
}
