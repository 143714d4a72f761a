enum Fruit {
	Apple;
	Banana(n:Int);
	Cherry;
}

class Main {
	static function main() {
		var f = Apple;
		switch f {
			case Apple:
			case Banan(n, _):
			case _:
		}
		trace("after");
		var y = 1;
		switch f {
			case Cherry:
			case Grape(1):
			case _:
		}
	}
}
