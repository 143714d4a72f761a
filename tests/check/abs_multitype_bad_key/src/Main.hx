class Main {
	static function main() {
		var m = new Map<Float, Int>();
	}
}
