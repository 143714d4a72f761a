@:allow(Main)
class Safe {
	var secret = 1;

	public function new() {}
}

class Friend {
	@:allow(Main) static var code = 7;
}

class Main {
	static function main() {
		var n:Int = new Safe().secret + Friend.code;
	}
}
