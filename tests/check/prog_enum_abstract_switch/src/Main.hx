enum abstract Level(Int) {
	var Low = 1;
	var Mid = 5;
}
class Main {
	static function main() {
		var l:Level = Mid;
		switch l {
			case Low: trace(1);
		}
		switch (l) { case Low: case Mid: case _: }
	}
}
