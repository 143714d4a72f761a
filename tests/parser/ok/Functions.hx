class Functions {
	static function apply(f:(Int, String) -> Bool, g:Int->Void, ?h:Void->Void, k:Int = 3, ...rest:Int):Int {
		return k;
	}
	static inline function twice<T>(x:T):Array<T> return [x, x];
	static function main() {
		var add = function(a:Int, b:Int):Int return a + b;
		var arrow = (x:Int) -> x * 2;
		var arrow2 = x -> x + 1;
		var arrow3 = (a, b) -> a + b;
		var arrow0 = () -> 42;
		var arrowOpt = (?x:Int) -> x;
		function local(n:Int):Int {
			return n <= 1 ? 1 : n * local(n - 1);
		}
		inline function il() return 1;
		trace(add(1, 2), arrow(2), arrow2(3), arrow3(1, 2), arrow0(), arrowOpt(), local(5), il());
		trace(apply((i, s) -> true, i -> {}, null, 1, 2, 3), twice("x"));
	}
}
