class Base {
	var tag:String;

	public function new(tag:String) {
		this.tag = tag;
	}

	public function show():String {
		return tag;
	}
}

class Sub extends Base {
	public function new() {
		super("sub");
	}

	override function show():String {
		return "<" + super.show() + ">";
	}
}

class Main {
	static function main() {
		var s:String = new Sub().show();
	}
}
