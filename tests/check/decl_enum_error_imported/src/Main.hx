import A;
class Main {
	static function main() { var x:Int = "main"; }
}
enum E { X(a:Unknown1); }
typedef T = { a:Unknown2 };
