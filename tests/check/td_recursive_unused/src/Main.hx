typedef Loop = Loop;
class Main {
	static function main() {
		var x:Int = "a";
	}
	static function g() {
		var z:Int = "c";
	}
}
