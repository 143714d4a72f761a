interface Shape {
	function area():Float;
	function name():String;
}

class Main {
	static function main() {var z:Int = "c";}
}
class Square implements Shape {
	public function new() {}
	public function area():String { var a:Int = "x"; return "big"; }
	public function name():Int { return 1; }
}
