class C {
	static function c() { var x:Int = "c"; }
}
