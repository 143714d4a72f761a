class Main {
	static function apply(f:Int->Int, x:Int):Int {
		return f(x);
	}

	static function main() {
		apply(function(s:String) return 1, 2);
	}
}
