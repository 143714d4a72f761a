class Old {
	@:deprecated("use other")
	public static function legacy() {}
}

class Main {
	static function main() {
		Old.legacy();
	}
}
