class Counter {
	public static var created:Int = 0;

	public var id:Int;

	public function new() {
		id = created++;
	}

	public static function reset():Void {
		created = 0;
	}
}

class Main {
	static function main() {
		Counter.reset();
		var c = new Counter();
		var n:Int = c.id + Counter.created;
	}
}
