class A {
	public function new() {
		return "x";
	}
}
class Main {
	static function main() {
		new A();
		var x = if (true) new A() else null;
		var y:Int = x;
	}
}
