class UnterminatedRegex {
	static function main() {
		var r = ~/abc
	}
}
