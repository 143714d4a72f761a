class Box<T> {
	public var value:T;

	public function new(v:T) {
		value = v;
	}
}

class Main {
	static function main() {
		var b = new Box("s");
		var c:Box<Int> = new Box(1);
		var l = new List<String>();
		var s:String = b.value;
	}
}
