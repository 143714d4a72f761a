class Main {
	static var v:Int = B.count();

	static function main() {
		var x:Int = "a";
		B.foo(true);
		var y:Int = "b";
		new B().bar();
		var z:Int = "d";
		var f = B.foo;
	}
}
class B {
	public function new() {}

	public function bar():Void {
		var w:Int = "e";
	}

	public static function count():Int {
		var c:Int = "f";
		return 1;
	}

	public static function foo(b:Int):Void {
		var z:Int = "c";
	}
}
