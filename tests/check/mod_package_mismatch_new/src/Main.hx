class Main {
	static function main() {
		var t = new tools.Tool();
		var x:Int = "a";
	}
}
