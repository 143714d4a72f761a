class NotYetErrors {
	static function main() {
		var x = Missing(1);
		{-1-}
		x{-2-};
	}
}
