import pack.Util;

class Main {
	static function main() {
		var s:String = greet("a");
		total += twice(2);
		var t:String = twice(3);
		greet(1);
	}
}
