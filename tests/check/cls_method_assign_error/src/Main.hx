class Greeter {
	public function new() {}

	public function greet(name:String):String {
		return "hello " + name;
	}
}

class Main {
	static function main() {
		var g = new Greeter();
		g.greet = function(name) return "hi " + name;
	}
}
