class Main {
	static function main() {
		var d:Dynamic = {a: 1};
		d.b = "x";
		var n:Int = d.a;
		var s:String = d.whatever.deep;
		d = 5;
	}
}
