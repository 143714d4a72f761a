class Ev {
	public var next(default, null):Float = 0;
	public var fixed(default, never):Float = 0;
	public function new() {}
}

class Main {
	static function main() {
		var e = new Ev();
		@:privateAccess e.next += 1;
		@:privateAccess e.next = 2;
		e.next = 3;
		@:privateAccess e.fixed = 4;
	}
}
