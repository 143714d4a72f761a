class Pair {
	public function new(a:Int, b:Int) {}
}

class Main {
	static function main() {
		var p = new Pair(1);
	}
}
