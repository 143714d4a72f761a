class Thing {
	public var size = 3;

	public function new() {}
}

class Main {
	static function main() {
		var n = Thing.size;
	}
}
