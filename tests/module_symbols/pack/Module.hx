package pack;

function helper(x:Int):Int {
	var y = x;
	return y;
}

final answer = 42;
var counter = 0;

class Other {}

class Module {
	static function main() {
		var e = 1;
	}
}
