class Main {
	static function main() {
		var t:tools.Tool = null;
		var x:Int = "a";
	}
}
