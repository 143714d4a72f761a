class Main {
	static function main() {
		try {
			throw "x";
		} catch (e:String) {
			var n:Int = e;
		}
	}
}
