import haxe.Rest;

class Main {
	static function sum(first:Int, rest:Rest<Int>):Int {
		var t = first;
		for (r in rest)
			t += r;
		return t;
	}

	static function main() {
		var a:Int = sum(1);
		var b:Int = sum(1, 2, 3);
		var c:Int = sum(1, ...[4, 5]);
	}
}
