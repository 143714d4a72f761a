class Main {
	static var d:pack.D;
	static function main() { var x:Int = "main"; }
}
