class Main {
	static function len(s) {
		return s.length;
	}
	static function main() {
		var n:Int = len("abc");
		$type(len);
		len(3);
	}
}
