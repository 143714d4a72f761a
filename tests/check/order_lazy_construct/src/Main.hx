import A;
class Main {
	static function main() { var x:Int = "main"; }
	static function k() { var y:B = null; new B(); }
}
