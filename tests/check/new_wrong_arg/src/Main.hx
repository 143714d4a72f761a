class Box<T> {
	public var value:T;

	public function new(v:T) {
		value = v;
	}
}

class Main {
	static function main() {
		var c:Box<Int> = new Box("s");
	}
}
