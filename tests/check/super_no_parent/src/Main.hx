class Alone {
	public function new() {
		super();
	}
}

class Main {
	static function main() {}
}
