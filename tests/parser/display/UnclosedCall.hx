class UnclosedCall {
	static function main() {
		trace(1, {-1-}
	}
	function other() {}
}
