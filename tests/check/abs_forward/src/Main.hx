@:forward(push, length)
abstract Stack(Array<String>) {
	public inline function new() {
		this = [];
	}
}

class Main {
	static function main() {
		var s = new Stack();
		s.push("a");
		var n:Int = s.length;
	}
}
