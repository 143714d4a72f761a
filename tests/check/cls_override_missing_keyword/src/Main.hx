class Animal {
	public function new() {}

	public function sound():String {
		return "...";
	}
}

class Dog extends Animal {
	public function sound():String {
		return "woof";
	}
}

class Main {
	static function main() {}
}
