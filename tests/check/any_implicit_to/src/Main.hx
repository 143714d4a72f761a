class Main {
	static function main() {
		var a:Any = 5;
		var n:Int = a;
	}
}
