class Main {
	static function main() {
		var a:Int = 2147483647;
		var b:Int = 2147483648;
		var c:Int = 0xFFFFFFFF;
		$type(3000000000);
		$type(0x7FFFFFFF);
		var d:Int = -2147483648;
		var e:Int = -2147483649;
		var f = - 5;
		$type(0x00000000F);
	}
}
