class Main {
	var base = 10;

	public function new() {}

	function add(x:Int):Int {
		return base + x;
	}

	static function main() {
		var m = new Main();
		var f:Int->Int = m.add;
		var g = Math.max.bind(1);
		var r:Float = g(2) + f(1);
	}
}
