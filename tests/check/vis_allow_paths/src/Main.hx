import pack.Secret;
import pack.Opener;

@:allow(Main)
class Guarded {
	public function new() {}
	function hidden():Int return 2;
}

class Sub extends Guarded {
	public function peek():Int return new Guarded().hidden();
}

class Other {
	public static function f():Int return new Guarded().hidden();
}

@:allow(pack)
class PackOnly {
	public function new() {}
	function inner():Int return 3;
}

class Main {
	static function viaModule():Int return @:privateAccess Secret.hidden();
	static function main() {
		var o = new Opener();
		o.open();
		o.value();
		new Guarded().hidden();
		new PackOnly().inner();
		Secret.hidden();
		new Sub().peek();
		Other.f();
	}
}
