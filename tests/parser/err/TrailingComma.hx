class TrailingComma {
	static function main() {
		trace(1,);
	}
}
