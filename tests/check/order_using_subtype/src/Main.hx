using A;
import B.Sub;
class Main {
	static function main() { var x:Int = "main"; }
}
