import lib.Box.nope;
import lib.Box.Inner.zip;
import lib.Box.Innr;
import lib.Box.Secret;
import app.sub.Deep;

class Main {
	static function main() {
		var s:String = Deep.run();
		var b:Box = null;
		var i:Int = "no";
	}
}
