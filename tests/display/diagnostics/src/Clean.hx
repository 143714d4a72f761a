{-1-}class Clean {
	static function main() {
		var b = 2;
		trace(b);
	}
}
