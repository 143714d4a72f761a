final class Sealed {
	public function new() {}
}

class Sub extends Sealed {}

class Main {
	static function main() {}
}
