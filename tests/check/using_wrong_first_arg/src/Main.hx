using Main.IntExt;

class IntExt {
	public static function isEven(n:Int):Bool {
		return n % 2 == 0;
	}
}

class Main {
	static function main() {
		var e = "four".isEven();
	}
}
