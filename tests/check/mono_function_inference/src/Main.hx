class Main {
	static function main() {
		var f = function(x) return x;
		var n:Int = f(1);
		$type(f);
	}
}
