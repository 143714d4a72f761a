class Main {
	static function main() {
		try {
			throw 42;
		} catch (e) {
			var m:String = e.message;
		}
		try {
			throw {code: 1};
		} catch (d:Dynamic) {
			trace(d.code);
		}
	}
}
