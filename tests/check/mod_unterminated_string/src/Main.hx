class Main {
	static function main() {
		var s = "never closed;
	}
}
