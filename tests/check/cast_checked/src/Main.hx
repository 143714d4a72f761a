class Animal {
	public function new() {}
}

class Dog extends Animal {
	public function bark() {}
}

class Main {
	static function main() {
		var a:Animal = new Dog();
		var d = cast(a, Dog);
		d.bark();
	}
}
