interface Shape {
	function area():Float;
}

class Main {
	static function main() {
		var s = new Shape();
	}
}
