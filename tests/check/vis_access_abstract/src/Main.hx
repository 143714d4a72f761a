class Vault {
	static function code():Int return 7;
	static inline var KEY = 3;
}

@:access(Vault)
abstract Opener(Int) {
	public function new() this = 0;
	public function open():Int return Vault.code() + Vault.KEY;
}

abstract Closed(Int) {
	public function new() this = 0;
	public function open():Int return Vault.code();
	@:access(Vault.code) public function viaField():Int return Vault.code();
}

class Main {
	static function main() {
		new Opener().open();
		new Closed().open();
	}
	static function untypedBody():Int untyped {
		return 1;
	}
}
