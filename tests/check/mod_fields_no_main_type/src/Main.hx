class Main {
	static function main() {
		pack.Util.nope();
		var u = pack.Util;
		pack.Util.greet();
	}
}
