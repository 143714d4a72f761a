class UnterminatedString {
	static function main() {
		var s = "abc;
	}
}
