class Main {
	static function main() { var x:Int = "main"; }
}
class Sub extends Mid {
	function s() { var x:Int = "sub"; }
}
