class Main {
	static function main() { var x:Int = "main"; }
}
enum E { X(a:Unknown1); }
enum F { Y(a:Unknown2); }
