function square(x:Int):Int {
	return x * x;
}

function describe(n) {
	return "n = " + n;
}

var counter = 0;
final LIMIT:Int = 10;
private var hidden = "local";

class Main {
	static function main() {
		counter += square(3);
		var s:String = describe(counter);
		var l:Int = LIMIT;
		var h:String = hidden;
		bump();
		var f:Int->Int = square;
	}
}

inline function bump() {
	counter++;
}
