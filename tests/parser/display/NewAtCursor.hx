class NewAtCursor {
	static function main() {
		var x = new {-1-}
	}
}
