{-1-}class ManyLocals {
	static function main() {
		var a = 1;
		var bb = 2;
		var ccc = 3;
		var dddd = 4;
	}
}
