class Main {
	static function main() {
		var s = " x ".trim();
	}
}
