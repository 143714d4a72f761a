enum Tree {
	Leaf(v:Int);
	Node(l:Tree, r:Tree);
}

class Switches {
	static function main() {
		var t = Node(Leaf(1), Leaf(2));
		switch (t) {
			case Leaf(value):
				{-1-}
				val{-2-};
			case Node(left, right):
				var sum = 0;
				{-3-}
		}
		try {
			{-4-}
		} catch (e:haxe.Exception) {
			e{-5-};
		}
	}
}
