class A {
	public function new() {}

	public function bar(x:Int):Int return x;
	public function baz(?x:Int):Int return x;
	public function qux(x:Int, y:String):Void {}
	public dynamic function dyn():Void {}
	public inline function inl():Void {}
	public function pub():Void {}
	public function ret():Null<Int> return 1;
}
class B extends A {
	override function bar(x:Int, y:Int):Int return x;
	override function baz(x:Int):Int return x;
	override function qux(x:Int, y:Int):Void {}
	override function dyn():Void {}
	override function inl():Void {}
	override private function pub():Void {}
	override function ret():Int return 1;
	override function barr():Void {}
}
class Main {
	static function main() {}
}
