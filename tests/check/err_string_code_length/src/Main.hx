class Main {
	static function main() {
		var a = "xy".code;
	}
}
