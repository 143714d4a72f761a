class Main {
	static function repeat(s:String, times = 2, sep:String = ","):String {
		return [for (i in 0...times) s].join(sep);
	}

	static function main() {
		var a:String = repeat("a");
		var b:String = repeat("b", 3);
		var c:String = repeat("c", 1, ";");
	}
}
