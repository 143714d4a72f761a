class Main {
	static function main() {
		var d:Dynamic = "s";
		var s:String = cast d;
		var n:Int = cast "not really";
	}
}
