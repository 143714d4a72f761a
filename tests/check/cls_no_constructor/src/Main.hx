class Util {
	public static function help() {}
}

class Main {
	static function main() {
		var u = new Util();
	}
}
