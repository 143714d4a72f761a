class Main {
	static function main() {
		var w:Widget = null;
	}
}
