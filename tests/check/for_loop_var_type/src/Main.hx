class Main {
	static function main() {
		for (s in ["a", "b"]) {
			var n:Int = s;
		}
	}
}
