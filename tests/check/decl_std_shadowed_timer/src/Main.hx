class Main {
	static function main() {
		var t:Float = haxe.Timer.stamp();
		var s:String = haxe.Timer.stamp();
		trace(Lambda.count([1, 2]));
	}
}
