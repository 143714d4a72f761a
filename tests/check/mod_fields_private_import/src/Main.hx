import pack.Util.secret;

class Main {
	static function main() {
		var x:Int = "s";
	}
}
