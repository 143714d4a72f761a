import haxe.Int64;

class Main {
	static function main() {
		var a = Int64.make(1, 2);
		var b:Int64 = 5;
		var c = a + b;
		var d = a * 3;
		var e = 3 + a;
		var f:Bool = a < b;
		var g = -a;
		var h = a << 2;
		a++;
		var i:Bool = a == b;
		var s:String = c;
		var u:UInt = 3;
		var v = u + 1;
		var w:Float = u / 2;
		var x:Bool = u > 2;
		var y:String = u * u;
	}
}
