using pack.Util;

class Main {
	static function main() {
		var s:String = "x".shout();
		var n:Int = "y".shout();
	}
}
