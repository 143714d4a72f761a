import a.X;
import b.X;
using haxe.ds.ArraySort;

class Main {
	static function main() {
		var i:Int = X.v;
		ArraySort.sort([1], (a, b) -> a - b);
	}
}
