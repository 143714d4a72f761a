class Main {
	static function main() {
		var h = new Hidden();
		trace(h.value);
	}
}

private class Hidden {
	public var value = 3;

	public function new() {}
}
