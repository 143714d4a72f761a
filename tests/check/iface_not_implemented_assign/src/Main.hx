interface Shape {
	function area():Float;
}

class Blob {
	public function new() {}

	public function area():Float {
		return 0;
	}
}

class Main {
	static function main() {
		var s:Shape = new Blob();
	}
}
