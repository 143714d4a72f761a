package app;

class Runner {
	public static function run() {
		var m = new StringMap<Int>();
		m.set(" a ".trim(), 1);
	}
}
