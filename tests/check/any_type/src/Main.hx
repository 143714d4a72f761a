class Main {
	static function main() {
		var a:Any = 5;
		a = "s";
		var n:Int = cast a;
		var list:Array<Any> = [1, "two", true];
	}
}
