interface Base<T> {
	var value:T;
	function get():T;
}
interface Named extends Base<String> {
	var name(default, null):String;
	function rename(n:String):Void;
	dynamic function dyn():Void;
}
class Thing implements Named {
	public var value:Int;
	public var name(default, null):String;
	public function new() {}
	public function get():String return "";
	function rename(n:String):Void {}
	public function dyn():Void {}
}
class Other implements Base<Int> {
	public var value:Null<Int>;
	public function new() {}
	public function get():Int return 0;
}
class Main {
	static function main() {}
}
