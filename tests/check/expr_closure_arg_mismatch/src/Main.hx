class Main {
	static function main() {
		var add = (a:Int, b:Int) -> a + b;
		add(1, "2");
	}
}
