class Animal {
	public function new() {}

	public function eat(food:String):Void {}
}

class Dog extends Animal {
	override public function eat(food:Int):Void {}
}

class Main {
	static function main() {}
}
