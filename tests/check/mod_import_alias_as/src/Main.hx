import haxe.ds.StringMap as Dict;
import util.Text.shout as yell;

class Main {
	static function main() {
		var d = new Dict<String>();
		d.set("k", yell("v"));
	}
}
