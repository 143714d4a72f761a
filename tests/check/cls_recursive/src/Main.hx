class A extends A {}
class Main {
	static function main() {
		var x:Int = "s";
	}
}
