function f() {}
var g = 1;
function f() {}

class Main {
	static function main() {}
}
