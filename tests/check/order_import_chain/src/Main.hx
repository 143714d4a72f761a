import A;
import B;
class Main {
	static function main() {
		var x:Int = "main";
		A.f();
		B.g();
	}
}
