class Main {
	static function main() { var x:Int = "main"; }
}
class Second {
	static function s() { Other.o(); var x:Int = "s"; }
}
