{-1-}class Shadow {
	static function main() {
		var a = 1;
		{
			var a = 2;
			trace(a);
		}
	}
}
