{-1-}class Constructor {
	public function new() {
		var k = 1;
	}

	static function main() {
		trace(new Constructor());
	}
}
