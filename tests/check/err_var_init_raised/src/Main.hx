class Main {
	static function main() {
		var k = [1] > 2, after = 1;
		$type(k);
		var j:Int = k;
		var u:Unknown = 3;
		$type(u);
		var s:String = after;
	}
}
