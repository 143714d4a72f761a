class Main {
	static function main() {
		var t = tools.Tool;
		var x:Int = "a";
	}
}
