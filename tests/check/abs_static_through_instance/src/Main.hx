abstract Num(Int) from Int {
	public static function isNeg(x:Num):Bool return (cast x : Int) < 0;
	public static function twice(x:Num, k:Int):Int return k;
	public function check():Bool {
		var n:Num = 3;
		var s:String = n.twice(2);
		return n.isNeg();
	}
}

class Main {
	static function main() {
		var n:Num = 3;
		n.isNeg();
	}
}
