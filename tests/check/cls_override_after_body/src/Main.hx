class Animal {
	public function new() {}

	public function eat(food:String):Void {}
	public function run():Void {}
}

class Dog extends Animal {
	override public function eat(food:Int):Void { var x:Int = "a"; }
	public function run():Void { var y:Int = "b"; }
}

class Main {
	static function main() { var z:Int = "c"; }
}
