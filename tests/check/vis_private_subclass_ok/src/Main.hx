class Base {
	var secret = 1;

	public function new() {}
}

class Sub extends Base {
	public function reveal():Int {
		return secret;
	}
}

class Main {
	static function main() {
		var n:Int = new Sub().reveal();
	}
}
