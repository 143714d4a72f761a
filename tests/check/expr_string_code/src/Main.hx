class Main {
	static function main() {
		var a = "x".code;
		var b:Int = "\n".code;
		switch (a) { case "y".code: trace(1); case _: }
		var d = if (a > 0) null else a;
		$type(d);
	}
}
