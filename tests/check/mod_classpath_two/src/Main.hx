class Main {
	static function main() {
		var h = new Helper();
		var n:Int = h.twice(3);
	}
}
