import A;
class Main {
	static function notmain() { }
}
