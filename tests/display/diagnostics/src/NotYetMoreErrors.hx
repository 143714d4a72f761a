{-1-}class NotYetMoreErrors {
	var x = 1;

	static function main() {
		trace(new NotYetMoreErrors());
	}
}
