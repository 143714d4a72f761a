class InvalidEscape {
	static function main() {
		var s = "a\qb";
	}
}
