class Main {
	static function f(a:Int, b:Int) {}

	static function main() {
		f(unknownA, unknownB);
	}
}
