class Main {
	static function main() {
		var n:Int = cast("text", Int);
		var s = cast(1, String);
	}
}
