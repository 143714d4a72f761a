class Main {
	static function main() { var x:Int = "main"; }
	static var v = B.f();
	static function z() { var x:Int = "z"; }
}
