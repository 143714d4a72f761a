package pack;

@:allow(pack.Opener)
@:allow(Main.viaModule)
class Secret {
	function new() {}
	static function hidden():Int return 1;
}

class Base {
	public function new() {}
}
