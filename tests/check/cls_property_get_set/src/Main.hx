class Temp {
	public var celsius:Float = 0;
	public var fahrenheit(get, set):Float;

	public function new() {}

	function get_fahrenheit():Float {
		return celsius * 9 / 5 + 32;
	}

	function set_fahrenheit(v:Float):Float {
		celsius = (v - 32) * 5 / 9;
		return v;
	}
}

class Main {
	static function main() {
		var t = new Temp();
		t.fahrenheit = 212;
		var f:Float = t.fahrenheit;
	}
}
