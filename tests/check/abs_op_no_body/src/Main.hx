abstract Count(Int) from Int to Int {
	@:op(A + B) static function add(a:Count, b:Count):Count;
	@:op(A < B) static function lt(a:Count, b:Count):Bool;
	@:op(A * B) static function mul(a:Count, b:Count):String;
	@:op(-A) static function neg(a:Count):Count;
	@:op(A - B) function sub(b:Count):Count return this - b;
	@:op(A / B) static function div(a:Count, b:Count):Count return a / b;
}

abstract Name(String) from String {
	@:op(A - B) static function minus(a:Name, b:Name):Name;
	@:op(A > B) static function gt(a:Name, b:Name):Bool;
	@:op(A == B) static function eq(a:Name, b:Int):Bool;
}

class Main {
	static function main() {
		var a:Count = 3;
		var b:Count = 4;
		var c:Count = a + b;
		var ok:Bool = a < b;
		var s = a * b;
		var d = a - b;
		var e = a / b;
		var n = -a;
		var x:Name = "a";
		var y = x - x;
		var z = x > x;
		var w = x == 3;
	}
}
