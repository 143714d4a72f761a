class Main {
	static inline var A = 3;
	static inline var B = "b";
	static function main() {
		var x = 3;
		switch (x) { case A: trace(1); case A: trace(2); case _: }
		switch ("q") { case B: case "c".code: case _: }
		switch (x) { case "xy".code: case _: }
	}
}
