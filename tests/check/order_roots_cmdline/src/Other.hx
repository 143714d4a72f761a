class Other {
	static function f() { var x:Int = "other"; }
}
