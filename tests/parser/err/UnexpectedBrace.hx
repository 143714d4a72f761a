class UnexpectedBrace {
	static function main() {
		trace(1);
	}}
}
