class Main {
	static function main() {
		var b = true && 1;
		var c = "s" || false;
		var d = 1 && "s";
		var ok = true && !false || b;
	}
}
