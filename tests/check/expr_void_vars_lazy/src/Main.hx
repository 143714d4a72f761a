class Main {
	static function f() {}
	static function lazyOne() {
		var k = f();
		return 1;
	}
	static function main() {
		var w = f();
		var n = lazyOne();
		var g = function() {
			var inner = f();
		};
		var s:String = 5;
	}
	static function later() {
		var z:String = 4;
	}
}
