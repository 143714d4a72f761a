class Box {
	public var size(get, null):Int;

	public function new() {}
}

class Main {
	static function main() {
		var b = new Box();
	}
}
