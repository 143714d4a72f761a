class Main {
	static function main() {
		var a:Array<String> = [for (i in 0...3) i];
	}
}
