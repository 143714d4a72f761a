class Bag {
	var items:Array<String> = ["x", "y"];

	public function new() {}

	public function iterator():Iterator<String> {
		return items.iterator();
	}
}

class Main {
	static function main() {
		for (s in new Bag()) {
			var t:String = s;
		}
		for (c in [1, 2, 3]) {
			var i:Int = c;
		}
	}
}
