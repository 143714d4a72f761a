import Base;
class Main extends Base {
	static function main() { var x:Int = "main"; }
}
