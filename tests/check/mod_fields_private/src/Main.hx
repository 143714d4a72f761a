import pack.Util;

class Main {
	static function main() {
		var a:Int = open();
		var b:Bool = pack.Util.secret();
		pack.Util.hidden;
		Tools.inner();
		secret();
	}
}
