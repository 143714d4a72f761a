{-1-}class NotYetUnknown {
	static function main() {
		trace(nothing);
	}
}
