class Thing {}

class Other {}

class Main {
	static function main() {
		var c:Class<Thing> = Other;
	}
}
