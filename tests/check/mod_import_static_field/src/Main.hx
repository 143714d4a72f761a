import Math.max;
import util.Text.shout;

class Main {
	static function main() {
		var m:Float = max(1, 2);
		var s:String = shout("hi");
	}
}
