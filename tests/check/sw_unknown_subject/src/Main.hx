enum Item {
	Leaf(n:Int);
	Pair(a:Item, b:Item);
	Empty;
}

class Main {
	static function describe(i) {
		return switch (i) {
			case Leaf(n): "leaf " + n;
			case Pair(a, b): "pair";
		}
	}

	static function code(c) {
		switch (c) {
			case 1: return "one";
			case "two": return "two";
			case _: return "?";
		}
	}

	static function flag(b) {
		return switch (b) {
			case true: 1;
			case false: 0;
		}
	}

	static function main() {
		describe(Leaf(1));
		code(3);
		var x:String = flag(true);
	}
}
