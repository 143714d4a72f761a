function compute() {
	return 1;
}

class Main {
	static function main() {
		var x = compte();
		Main.compute();
	}
}
