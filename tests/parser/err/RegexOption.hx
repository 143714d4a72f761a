class RegexOption {
	static function main() {
		var r = ~/a/x;
	}
}
