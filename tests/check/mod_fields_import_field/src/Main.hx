import pack.Util.greet;
import pack.Util.total as sum;

class Main {
	static function main() {
		var s:String = greet("a");
		sum += 1;
		sum = "x";
		total;
	}
}
