class Main {
	static function main() {
		var x = untyped whatever.goes.here;
		untyped {
			foo(1, 2);
		}
	}
}
