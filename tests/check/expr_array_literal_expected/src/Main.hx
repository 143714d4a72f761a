class Main {
	static function main() {
		var it:Iterable<Float> = [1, 2];
		$type(it);
		var d:Dynamic = [1, "a"];
		$type(d);
		var x:Iterable<String> = [1];
		var e:Array<Dynamic> = [1, "b"];
		var i2:Iterator<Int> = [1];
	}
}
