class MissingSemicolon {
	static function main() {
		var x = 1
		trace(x);
	}
}
