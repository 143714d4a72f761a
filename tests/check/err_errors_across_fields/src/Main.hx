class Main {
	static function second() {
		var b:Bool = 1;
	}

	static function main() {
		var a:Int = "x";
	}

	static function third() {
		trace(nope);
	}
}
