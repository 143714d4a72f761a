import A;
class Other2 {
	static function f() { var x:Int = "other2"; }
}
