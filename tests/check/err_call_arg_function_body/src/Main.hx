extern class E {
	@:overload(function(f:(Int) -> String, ?g:Bool):Bool {})
	static function f(x:Array<Int>):Int;
}

class Main {
	static function g(f:(Int) -> String) {}

	static function main() {
		E.f(function(i) return "s");
		E.f(function(i) return 1);
		g(function(i) {
			var q = unknownThing;
			var x:Bool = 1;
			return "s";
		});
		var arr = [1, 2].map(function(x) {
			var s:String = x;
			return s;
		});
		trace("after");
	}
}
