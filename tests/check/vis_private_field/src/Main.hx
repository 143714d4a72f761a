class Safe {
	var secret = 1;

	public function new() {}
}

class Main {
	static function main() {
		var s = new Safe();
		trace(s.secret);
	}
}
