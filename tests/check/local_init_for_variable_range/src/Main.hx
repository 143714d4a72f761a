class Main {
	static function main() {
		var n = 3;
		var last:Int;
		for (i in 0...n)
			last = i;
		var items = ["a", "b"];
		var first:String;
		for (s in items) {
			first = s;
		}
		var m = ["k" => 1];
		var v:Int;
		for (key => value in m)
			v = value;
		trace(v);
	}
}
