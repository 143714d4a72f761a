class Thing {
	public static var count = 0;

	public function new() {}
}

class Main {
	static function main() {
		var t = new Thing();
		var n = t.count;
	}
}
