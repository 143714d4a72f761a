package tools;

class Counter {
	public var total(default, null):Int = 0;

	public function new() {}

	public function add(n:Int):Void {
		total += n;
	}
}
