class Main {
	static function main() {
		var sum = 0;
		for (i in 0...10)
			sum += i;
		var n:Int = sum;
	}
}
