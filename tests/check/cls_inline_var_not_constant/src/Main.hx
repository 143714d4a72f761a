class Main {
	static inline var START = Std.random(10);

	static function main() {
		trace(START);
	}
}
