class Main {
	static function f():Int {
		return Math.PI = 3;
	}
	static function g():Int {
		return (null : Int).foo.bar;
	}
	static function h():Int {
		Math.PI = 3;
		return 1;
	}
	static function main() {
		var s:String = f();
	}
}
