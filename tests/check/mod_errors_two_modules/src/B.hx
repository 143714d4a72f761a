class B {
	public static function run() {
		var b:String = 1;
	}
}
