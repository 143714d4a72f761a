class Main {
	static function main() {
		var s = ["a", "b"];
		var a:Array<Int> = s;
	}
}
