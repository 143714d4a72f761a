function helper(x:Int):Int {
	return "s";
}

var counter:String = 1;

class Main {
	static function main() {
		var a:Int = "x";
		helper("y");
	}
}

function late() {
	var b:Bool = 3;
	unknownName;
}
