class Main {
	static function main() {
		var a = 1;
		var a = "shadow";
		var s:String = a;
	}
}
