{-1-}class IfBlock {
	static function main() {
		if (Math.random() > 0.5) {
			var g = "s";
		}
	}
}
