import haxe.ds.Either;

enum Tree<T> {
	Leaf;
	Node(left:Tree<T>, value:T, right:Tree<T>);
	Tagged<U>(tag:U, inner:Tree<T>);
}

enum Pair<A, B> {
	Both(a:A, b:B);
	/** only the first */
	First(a:A);
}

class GenericEnums {
	static function main() {
		Tree.{-1-}
		Pair.{-2-}
		Either.{-3-}
		var t = Node(Leaf, 1, Leaf);
		t.{-4-}
		StringTools.{-5-}
		Lambda.{-6-}
		haxe.ds.Option.{-7-}
		haxe.io.Path.{-8-}
	}
}
