class VarWithoutName {
	static function main() {
		var = 1;
	}
}
