package num;

using num.Num;

abstract Num(Int) from Int to Int {
	public static function isNeg(x:Num):Bool return (x : Int) < 0;
	static function secret(x:Num):Int return 1;
	public static function label(x:Int):String return "n";
	public function check():Bool {
		var n:Num = 3;
		var k:String = n.secret();
		return n.isNeg();
	}
	public function inst():Int return this;
}
