class MyError extends haxe.Exception {}

class Main {
	static function check(n:Int):Int {
		if (n < 0)
			throw new MyError("negative");
		return n;
	}

	static function main() {
		try {
			check(-1);
		} catch (e:MyError) {
			var m:String = e.message;
		}
	}
}
