class Main {
	static function main() { var x:Int = "main"; }
}
typedef T = { a:Unknown2 };
