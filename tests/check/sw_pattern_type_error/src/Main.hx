class Main {
	static function main() {
		var n = 3;
		switch n {
			case "three":
			case _:
		}
	}
}
