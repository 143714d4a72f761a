class Main {
	static function main() {
		var a:Null<Int> = null;
		var b:Null<Float> = null;
		var s:String = null;
		var arr:Array<Null<Bool>> = [null, true];
		var f:Int->Int = null;
		var d:Dynamic = null;
		var u = null;
		if (a == null)
			trace(b);
		trace(s + arr + f + d + u);
	}
}
