interface HasId {
	function id():Int;
}

class Item implements HasId {
	public function new() {}

	public function id()
		return 7;
}

class Main {
	static function maxId<T:HasId>(items:Array<T>):Int {
		var best = 0;
		for (i in items)
			if (i.id() > best)
				best = i.id();
		return best;
	}

	static function main() {
		var n:Int = maxId([new Item()]);
	}
}
