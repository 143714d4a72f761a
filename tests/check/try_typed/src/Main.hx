class Main {
	static function main() {
		try {
			throw "boom";
		} catch (s:String) {
			var msg:String = s;
		} catch (e:haxe.Exception) {
			var m:String = e.message;
		}
	}
}
