class Main {
	static function main() {
		var s = "a";
		s--;
		--s;
		var n = -s;
		var m = ~s;
	}
}
