class Main {
	static function apply(f:Int->Int, x:Int):Int {
		return f(x);
	}

	static function compose<A, B, C>(f:(b:B) -> C, g:A->B):A->C {
		return x -> f(g(x));
	}

	static function main() {
		var inc = function(x:Int) return x + 1;
		var n:Int = apply(inc, 1);
		var h:Int->String = compose(Std.string, inc);
		var thunk:() -> Void = () -> trace("x");
	}
}
