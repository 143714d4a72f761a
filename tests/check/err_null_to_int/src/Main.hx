class Main {
	static function main() {
		var a:Null<Int> = null;
		var b:Int = a;
		var c:Int = null;
	}
}
