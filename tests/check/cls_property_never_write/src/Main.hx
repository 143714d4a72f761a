class Config {
	public var version(default, never):Int = 1;

	public function new() {}
}

class Main {
	static function main() {
		var c = new Config();
		c.version = 2;
	}
}
