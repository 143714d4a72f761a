class Main {
	static function main() {
		var d:Dynamic = 1;
		var b = Std.is(d, Int);
	}
}
