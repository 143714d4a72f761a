import nope.Missing;
import haxe.ds.StringMap;

class Main {
	static function main() {
		var x:Int = "s";
		var m = new StringMap<Int>();
	}
}
