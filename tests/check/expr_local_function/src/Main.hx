class Main {
	static function main() {
		function fact(n:Int):Int {
			return n <= 1 ? 1 : n * fact(n - 1);
		}
		var f:Int = fact(5);
	}
}
