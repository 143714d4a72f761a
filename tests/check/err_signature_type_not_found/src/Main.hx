class Main {
	static var helper:Unknown;

	static function main() {
		var a:Int = "x";
	}
}
