class Pair<A, B> {
	public var first:A;
	public var second:B;

	public function new(a:A, b:B) {
		first = a;
		second = b;
	}

	public function swap():Pair<B, A> {
		return new Pair(second, first);
	}
}

class Main {
	static function main() {
		var p = new Pair(1, "one");
		var q:Pair<String, Int> = p.swap();
	}
}
