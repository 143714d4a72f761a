class Animal {
	public function new() {}

	public function sound():String {
		return "...";
	}
}

class Dog extends Animal {
	override public function sound():String {
		return "woof " + super.sound();
	}
}

class Main {
	static function main() {
		var a:Animal = new Dog();
		var s:String = a.sound();
	}
}
