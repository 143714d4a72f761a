import A;
class Main {
	static function main() { var x:Int = "main"; }
}
