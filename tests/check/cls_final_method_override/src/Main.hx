class Base {
	public function new() {}

	public final function id():Int {
		return 1;
	}
}

class Sub extends Base {
	override public function id():Int {
		return 2;
	}
}

class Main {
	static function main() {}
}
