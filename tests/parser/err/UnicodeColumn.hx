class UnicodeColumn {
	static function main() {
		var s = "é😀"; var t = 1 2;
	}
}
