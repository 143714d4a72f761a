package app.sub;

class Deep {
	public static function run():String {
		var n:Int = In.make() + Box.count;
		return " x ".trim() + n;
	}
}
