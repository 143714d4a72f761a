class Main {
	static function f1() { Other.o(); }
	static function f2() { var x:Int = "f2"; }
	static function main() {}
}
