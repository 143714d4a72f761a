class Main {
	static inline var A = [1, 2];
	static inline var B = Main.make();
	inline static var C = 3 * 4;
	static inline var D = (-2);

	static function make() return 1;

	static function main() {
		trace(A);
		trace(C + D);
	}
}
