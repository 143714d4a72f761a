class Main {
	static function main() {
		var x = 3;
		$type(x);
		var arr = [x, 2];
		$type(arr);
		$type(Main.main);
	}
}
