interface Shape {
	function area():Float;
	function perimeter():Float;
}

class Square implements Shape {
	public function new() {}

	public function area():Float {
		return 1;
	}
}

class Main {
	static function main() {}
}
