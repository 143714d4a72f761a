class Main {
	static function main() {
		var a:Array<Int> = ["a", "b"];
	}
}
