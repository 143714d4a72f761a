class Main {
	static function main() { var x:Int = "main"; }
}
abstract A(Int) from Unknown8 {
	public function f() { var x:Int = "a"; }
}
