class Base {
	public function new(tag:String) {}
}

class Sub extends Base {
	public function new() {}
}

class Main {
	static function main() {}
}
