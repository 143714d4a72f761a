package pack;

function helper(x:Int):Int {
	var y = x;
	return y;
}

final answer = 42;
var counter = 0;

class Other2 {}

class LexError {
	static function main() {
		var é = 1;
	}
}
