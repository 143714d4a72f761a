class Main {
	static function main() {
		var found:Int;
		// A break keeps haxe from unrolling, so the assignment is forgotten.
		for (i in 0...3) {
			found = i;
			if (i > 1)
				break;
		}
		trace(found);
	}
}
