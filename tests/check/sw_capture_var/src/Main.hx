enum Tree {
	Leaf(v:Int);
	Node(l:Tree, r:Tree);
}

class Main {
	static function main() {
		var t = Node(Leaf(1), Leaf(2));
		var n:Int = switch t {
			case Node(left = Leaf(_), _): 1;
			case Node(_, _): 2;
			case Leaf(v): v;
		}
	}
}
