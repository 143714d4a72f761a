class Main {
	static function main() {
		var b = true;
		var n:Int = b ? 1 : "two";
	}
}
