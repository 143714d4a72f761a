class Main {
	static function main() {
		var x = null;
		x = 3;
		var s:String = x;
	}
}
