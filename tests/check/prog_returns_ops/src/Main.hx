class Main {
	static function f(x:Int):Int {
		if (x > 0) return 1;
	}
	static function g(x:Int):String {
		if (x > 0) return "a" else return "b";
	}
	static function h():Int {
		return;
	}
	static function main() {
		var x = 1;
		x += "a";
		var s = "a" + 1;
		var b:Bool = !x;
		var c = x * 2.0;
		var d:Int = c;
		var e = 5 / 2;
		var k:Int = e;
		var arr:Array<Int> = ["a"];
		var m:Array<String> = [1, 2];
	}
}
