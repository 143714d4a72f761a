class Base {
	public var name:String;

	public function new(name:String) {
		this.name = name;
	}

	public function describe():String {
		return name;
	}
}

class Child extends Base {
	public function new() {
		super("child");
	}
}

class Main {
	static function main() {
		var b:Base = new Child();
		var s:String = b.describe();
	}
}
