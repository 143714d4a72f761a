class Main {
	static function main() {
		var b = true;
		var s = switch b {
			case true: "yes";
		}
	}
}
