class Main {
	static function main() {
		var i:Int = 0xFF + 1000;
		var f:Float = 1.5e3;
		var s:String = "a" + 'b' + 1;
		var b:Bool = !false && true || i > 2;
		var r:EReg = ~/ab+c/i;
		var o = {a: 1, "b-c": 2};
		var arr:Array<Float> = [1, 2.5];
		var nul:Null<Int> = null;
	}
}
