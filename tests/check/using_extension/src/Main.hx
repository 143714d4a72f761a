using StringTools;
using Lambda;
using Main.IntExt;

class IntExt {
	public static function isEven(n:Int):Bool {
		return n % 2 == 0;
	}
}

class Main {
	static function main() {
		var s:String = " hi ".trim();
		var b:Bool = "abc".startsWith("a");
		var found:Bool = [1, 2, 3].exists(x -> x > 2);
		var e:Bool = 4.isEven();
	}
}
