import zoo.*;

class Main {
	static function main() {
		var animals:Array<Animal> = [new Cat(), new Dog()];
		trace(animals.length);
	}
}
