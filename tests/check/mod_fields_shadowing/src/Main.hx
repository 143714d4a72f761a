function value():String {
	return "module";
}

class Main {
	static function value():Int {
		return 1;
	}

	static function main() {
		var a:Int = value();
		var b:String = value();
	}

	function inst() {
		var value = true;
		var c:Bool = value;
	}
}
