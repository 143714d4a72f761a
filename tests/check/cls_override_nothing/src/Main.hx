class Animal {
	public function new() {}
}

class Dog extends Animal {
	override public function bark():String {
		return "woof";
	}
}

class Main {
	static function main() {}
}
