class Main {
	static function main() {
		var a:Int = pack.Util.twice(3);
		pack.Util.level = 2;
		var b:String = pack.Util.twice(1);
		var c:String = Tools.shout("x");
		Tools.shout(3);
	}
}
