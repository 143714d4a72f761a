class Main {
	static function main() {
		var squares:Array<Int> = [for (i in 0...5) i * i];
		var evens = [for (i in 0...10) if (i % 2 == 0) i];
		var n = 0;
		var ws = [while (n < 3) n++];
		var first:Int = evens[0] + ws[0];
	}
}
