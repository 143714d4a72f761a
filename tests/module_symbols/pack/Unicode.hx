package pack;

class Unicode {
	static function main() {
		var s = "éé 😀 日本語"; var longName = 1;
	}
}
