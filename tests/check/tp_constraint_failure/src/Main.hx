interface HasId {
	function id():Int;
}

class Main {
	static function maxId<T:HasId>(items:Array<T>):Int {
		return 0;
	}

	static function main() {
		maxId(["a", "b"]);
	}
}
