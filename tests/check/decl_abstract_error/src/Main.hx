class Main {
	static function main() { var x:Int = "main"; }
}
abstract A(Unknown9) {
	public function f() { var x:Int = "a"; }
}
