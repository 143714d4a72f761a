abstract Counter(Int) from Int to Int {
	@:op(++A) function pre():Counter return this = this + 1;
	@:op(A++) function post():String return "post";
	public function new(v:Int) this = v;
	public inline function reset() this = 0;
	public function later() {
		var f = function() return 1;
		return f();
	}
}

class Box {
	public var c:Counter = 0;
	public static var shared:Counter = 0;
	public function new() {}
	public function bump():Int {
		c++;
		var s:Int = c++;
		return ++c;
	}
}

class Main {
	static var total:Counter = 0;
	static function main() {
		var b = new Box();
		++b.c;
		var x:Int = b.c++;
		Box.shared++;
		total++;
		var y:Bool = ++total;
	}
}
