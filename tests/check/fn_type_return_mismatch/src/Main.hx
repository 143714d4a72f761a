class Main {
	static function main() {
		var f:Int->String = function(x:Int) return x * 2;
	}
}
