class Main {
	static function id(x) {
		return x;
	}
	static function main() {
		var s:String = id(1);
	}
}
