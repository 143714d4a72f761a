typedef A = B;
typedef B = A;
class Main {
	static function main() {
		var x:Int = "a";
		var l:A = null;
		var y:Int = "b";
	}
	static function g() {
		var z:Int = "c";
	}
}
