class Main {
	static function main() {
		var e:Int;
		// 63 iterations of a 4-expression body cost 252, over haxe's limit of 250.
		for (i in 0...63)
			e = i;
		trace(e);
	}
}
