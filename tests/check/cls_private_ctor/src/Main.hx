class Single {
	public static var instance(default, null) = new Single();

	function new() {}
}

class Main {
	static function main() {
		var a = Single.instance;
		var b = new Single();
	}
}
