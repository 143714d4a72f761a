import A;
class Main {
	static function notmain() { var x:Int = "main"; }
}
