class MissingBraceAtEof {
	static function main() {
		trace(1);
	}
