class Main {
	static function main() {
		var a = 5;
		a += 3;
		a <<= 1;
		var b = a >> 1 | 3 & ~4 ^ 2;
		var c = a >>> 2;
		var d:Float = a / 2;
		var e = a % 3;
		var f = a++ + --a;
		var g:Bool = a != b && (a >= c || d <= e);
		var h:String = "x" + a;
	}
}
