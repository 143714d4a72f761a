enum Item {
	Leaf(n:Int);
	Pair(a:Item, b:Item);
}

class Main {
	static function describe(i:Item) {
		return
			switch (i) {
			case Leaf(n): "leaf " + n;
			case Pair(a, b): describe(a) + describe(b);
		}
	}
	static function main() {
		describe(Leaf(1));
	}
}
