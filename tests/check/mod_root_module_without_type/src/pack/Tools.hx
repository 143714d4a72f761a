package pack;
class Other {
	public static function f() { var x:Int = "r"; }
}
