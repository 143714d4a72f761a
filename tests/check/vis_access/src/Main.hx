class Safe {
	var secret = 1;

	public function new() {}
}

class Main {
	@:access(Safe)
	static function main() {
		var n:Int = new Safe().secret;
	}
}
