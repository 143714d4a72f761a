class Main {
	var x:Int;
	var x:String;

	static function main() {}
}
