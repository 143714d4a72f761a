class MissingParen {
	static function main() {
		trace(1;
	}
}
