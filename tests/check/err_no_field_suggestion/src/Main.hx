class Main {
	static function main() {
		var s = "text";
		var n = s.lenght;
	}
}
