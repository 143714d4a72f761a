class ReturnAtCursor {
	static function f():Int {
		return {-1-}
	}
}
