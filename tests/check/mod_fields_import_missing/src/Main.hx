import pack.Util.nope;

class Main {
	static function main() {
		var x:Int = "s";
	}
}
